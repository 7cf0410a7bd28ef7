/**
 * Readability keeps too much on modern news pages: newsletter boxes, membership appeals,
 * "Keep reading" link lists, share bars, AI-audio notices. This pass removes what readers
 * never count as the article, on the extracted element (a detached clone, never the page).
 * Rules are by name (class/id hints), by wording (boilerplate sentences) and by shape
 * (blocks that are mostly links).
 */

const CLUTTER_HINT =
  /(^|[-_\s])(newsletter|subscribe|subscription|signup|sign-up|share|sharing|social|related|promo|cookie|consent|donat\w*|membership|member-cta|most-?read|popular|teasers?|read-?also|see-?also|also-?read|more-?on|recommend\w*|read-?more|keep-?reading|more-?stories|advert\w*|ad-?slot|sponsor\w*|outbrain|taboola|author-?bio|author-?promo|audio-?player|listen|tts|paywall|cta|banner|toolbar|breadcrumbs?|ad|ads|kicker|eyebrow|dateline|timestamp|byline|meta|article-meta|post-meta)($|[-_\s])/i;

/** Whole blocks of boilerplate, matched against a block's own normalised text. */
const BOILERPLATE_BLOCK: RegExp[] = [
  /^(sign up|subscribe)\b.{0,60}\bnewsletters?\b/i,
  /^\*?\s*indicates required$/i,
  /^(become|join us as) a (member|subscriber|supporter|patron)\b/i,
  /\bthis audio is (created|generated|produced) (with|by|using) ai\b/i,
  /^(keep reading|read more|read next|more news|most read|most popular|editors['’]? picks|related( articles| stories| coverage| content)?|recommended( for you)?|you may also like|more from [\w\s]{1,40}|news feed|share this( article| story)?|follow us( on [\w\s]+)?|advertisement|ad|skip to (main )?content|continue reading|trending( now)?|latest( news)?)\s*:?$/i,
  /\bcan we count on you\b/i,
  /^support (our|independent|quality) journalism\b/i,
  /\bwe use cookies\b/i,
  /^(please,? )?enter (your|a|correct) email( address)?\b/i,
  /^(successfully|successfuly) subscribed\b/i,
  /^thank you for signing up\b/i,
  /^(listen to|hear) this (article|story)\b/i,
  /^\d+\s*min(ute)?s? read$/i,
  // Inline promos of other stories: "Read also: …", "See also: …".
  /^(read|see|also read|watch|listen|related|more)( also| more)?\s*:\s.{0,200}$/i,
  /^(photo|image|picture|video)( credit)?s?:\s/i,
  /^(donate|subscribe|subscribe now|sign up|log in|register)$/i,
  /^advertisement\b.{0,40}$/i,
  /^(updated|last updated|published|posted)\b.{0,60}$/i,
];

const BLOCK_SELECTOR = 'p, div, li, h2, h3, h4, h5, h6, section, aside, ul, ol, form, figure, table, dl, span';
const LEAD_BYLINE = /^(by|written by)\s+\S.{0,150}$/i;

export function cleanContent(root: Element): void {
  removeByHint(root);
  removeBoilerplateBlocks(root);
  removeLinkLists(root);
}

function removeByHint(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (/^(ASIDE|NAV|FORM|FOOTER|BUTTON|DIALOG)$/i.test(el.tagName)) {
      el.remove();
      continue;
    }
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''}`;
    // Large containers with a stray "share" class are usually the article itself.
    if (CLUTTER_HINT.test(hint) && textLength(el) < 1500) el.remove();
  }
}

function removeBoilerplateBlocks(root: Element): void {
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  let seenProse = false;
  for (const el of blocks) {
    if (!root.contains(el)) continue;
    const text = normalisedText(el);
    if (text.length === 0) continue;
    if (text.length > 400) {
      seenProse = true;
      continue;
    }
    const isBoilerplate = BOILERPLATE_BLOCK.some((re) => re.test(text)) || (!seenProse && LEAD_BYLINE.test(text));
    if (!isBoilerplate) {
      if (/^P$/i.test(el.tagName) && text.length > 80) seenProse = true;
      continue;
    }
    // A "Keep reading:" heading takes its list of links with it.
    const next = el.nextElementSibling;
    if (next && /^(UL|OL)$/i.test(next.tagName) && linkDensity(next) > 0.5) next.remove();
    el.remove();
  }
}

function removeLinkLists(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('ul, ol, div, section, p'))) {
    if (!root.contains(el)) continue;
    const length = textLength(el);
    if (length === 0 || length > 3000) continue;
    const links = el.getElementsByTagName('a').length;
    // Paragraphs of prose may link a few words; a block that is nearly all links is navigation.
    if (links >= 2 && linkDensity(el) > 0.7) el.remove();
  }
}

function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').trim().length;
  return linked / total;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function normalisedText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
