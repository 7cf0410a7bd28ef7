import { useEffect, useRef, useState } from 'preact/hooks';
import { checkNow, setCheckInterval, type RunFeedAction } from './feeds-client';
import { OutletFollowForm } from './OutletFollowForm';
import { useOutletList } from './outlet-list';
import { OutletRow } from './OutletRow';
import { intervalChoices } from './outlet-status';
import { uiText } from './ui-text';

/** How often "Checked 5 minutes ago" is said again while nothing else changes. */
const CLOCK_MS = 30_000;

/**
 * The outlets the reader follows, whose feeds the background checks: a form to follow one,
 * how often to check, and each outlet with its state and what can be done to it. Every
 * action is followed by a fresh list; the outcome goes to one status line, a failure to an alert.
 */
export function OutletsCard() {
  const t = uiText.outlets;
  const { outlets, intervalMinutes, error: listError, refresh } = useOutletList();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setClock] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const timer = setInterval(() => setClock((n) => n + 1), CLOCK_MS);
    return () => clearInterval(timer);
  }, []);

  const say = (text: string | null, failed = false) => {
    setStatus(failed ? null : text);
    setError(failed ? text : null);
  };
  const run: RunFeedAction = async (send, done) => {
    const answer = await send();
    say(answer.ok ? done : t.actionFailed(answer.error), !answer.ok);
    await refresh();
    return answer.ok;
  };
  const changeInterval = (minutes: number) => run(() => setCheckInterval(minutes), t.intervalSet(t.intervalOption(minutes)));
  const followed = async (name: string) => {
    say(t.followed(name));
    await refresh();
  };

  const now = Date.now();
  return (
    <section class="px-card px-outlet-card" aria-labelledby="px-outlets-heading">
      <h3 id="px-outlets-heading" tabIndex={-1} ref={heading}>
        {t.heading}
      </h3>
      <p>{t.intro}</p>
      <OutletFollowForm onStatus={(text) => say(text)} onFollowed={followed} />
      <p role="status" class="px-status">
        {status}
      </p>
      <p role="alert" class="px-error">
        {error ?? (listError ? t.listFailed(listError) : null)}
      </p>
      {outlets === null ? (
        !listError && <p class="px-empty">{t.loading}</p>
      ) : outlets.length === 0 ? (
        <p class="px-empty">{t.empty}</p>
      ) : (
        <>
          <div class="px-toolbar px-outlet-toolbar">
            <span class="px-outlet-interval">
              <label for="px-outlet-interval">{t.intervalLabel}</label>
              <select id="px-outlet-interval" value={String(intervalMinutes)} onChange={(e) => void changeInterval(Number(e.currentTarget.value))}>
                {intervalChoices(intervalMinutes).map((minutes) => (
                  <option key={minutes} value={String(minutes)}>
                    {t.intervalOption(minutes)}
                  </option>
                ))}
              </select>
            </span>
            <button type="button" class="px-button px-small" onClick={() => void run(() => checkNow(null), t.checkingAll)}>
              {t.checkAll}
            </button>
          </div>
          <ul class="px-outlet-list" aria-label={t.listLabel}>
            {outlets.map((outlet) => (
              <OutletRow key={outlet.id} outlet={outlet} now={now} run={run} say={say} onRemoved={() => heading.current?.focus()} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
