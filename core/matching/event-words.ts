/**
 * Event words: the actions news reports are about (verbs and their nominalisations), set
 * apart from topic words. Two stories on one topic share their names and topic words
 * ("court", "abortion", "vaccine") but not their action: a judge *blocks* a law and an
 * appeals court *lets it resume*; a company *asks for authorisation* and a study *finds*
 * a vaccine effective. So the scorer weighs these words on their own (score.ts).
 *
 * Data: one line per action, its forms (verb, irregular forms, nominalisations); every
 * form is stemmed as fingerprint keys are, into a Map from stemmed key to the action's
 * first word, built once at module scope. Keys are looked up, never text, so a new
 * fingerprint format is not needed. Reporting verbs ("said", "told") are stop words
 * already and are not here; neither are words that name a topic more than an action
 * ("war", "election" is kept as "elect" because reports say who was elected).
 */
import { stem } from './stem';

const ACTIONS = `
rule ruling ruled
decide decision decided
block blocked blocking blockade
approve approval approved
reject rejection rejected
vote voted voting
pass passage passed
sign signed signing
veto vetoed
arrest arrested
charge charged charges
indict indictment indicted
convict conviction convicted
sentence sentenced sentencing
acquit acquittal acquitted
sue sued lawsuit
settle settlement settled
resign resignation resigned
fire fired firing ousted oust dismiss dismissed
appoint appointment appointed
nominate nomination nominated nominee
confirm confirmation confirmed
elect election elected reelection
win won wins winning victory
lose lost loss defeat defeated
kill killed killing
die died dies dying death deaths dead
attack attacked
shoot shooting shot
bomb bombing bombed
strike strikes struck
invade invasion invaded
withdraw withdrawal withdrew withdrawn
evacuate evacuation evacuated
launch launched
announce announcement announced
propose proposal proposed
unveil unveiled
introduce introduction introduced
negotiate negotiation negotiations negotiated
agree agreement agreed deal
testify testimony testified
hear hearing
investigate investigation investigated probe
subpoena subpoenaed
impeach impeachment impeached
pardon pardoned
release released
warn warning warned
threaten threat threatened
protest protested protesters
riot rioting rioters
crash crashed
collapse collapsed
flood flooding flooded
erupt eruption erupted
rescue rescued
recall recalled
ban banned banning
restrict restriction restrictions
mandate mandates mandated
require requirement required
lift lifted lifting
extend extension extended
expire expiration expired
suspend suspension suspended
resume resumed
delay delayed
cancel cancellation canceled cancelled
raise raised
cut cuts cutting
increase increased
rise rose risen
fall fell fallen drop dropped decline declined
shut shutdown
avert averted
fund funding funded
spend spending spent
borrow borrowing
default defaulted
authorize authorization authorized authorise authorisation
request requested
ask asked asks
apply application applied
grant granted
deny denial denied
allow allowed
permit
order ordered
sanction sanctions sanctioned
meet meeting met summit
visit visited
speak speech spoke
criticize criticism criticized
condemn condemnation condemned
praise praised
defend defense defence defended
contradict contradicted
admit admission admitted
apologize apology apologized
accuse accusation accused allege allegation alleged
deport deportation deported
detain detention detained
hire hired hiring
test testing tested
infect infection infected
vaccinate vaccination vaccinated
recommend recommendation recommended
overturn overturned
uphold upheld
challenge challenged
appeal appealed
leak leaked
hack hacked breach
recover recovery recovered
reopen reopening reopened
close closure closed
merge merger merged
acquire acquisition acquired buy bought purchase
sell sale sold
invest investment invested
`;

/** Stemmed fingerprint key → the action it names (its line's first word). */
const ACTION_OF: ReadonlyMap<string, string> = new Map(
  ACTIONS.trim()
    .split('\n')
    .flatMap((line) => {
      const forms = line.trim().split(/\s+/);
      return forms.map((form): [string, string] => [stem(form), forms[0]!]);
    }),
);

/** The action a stemmed word key names ("rul" → "rule"), or undefined for a topic word. */
export function actionOf(key: string): string | undefined {
  return ACTION_OF.get(key);
}
