/**
 * Readability keeps too much on modern news pages: newsletter boxes, membership appeals,
 * "Keep reading" link lists, share bars, AI-audio notices. This pass removes what readers
 * never count as the article, on the extracted element (a detached clone, never the page).
 * Rules are by name (class/id hints), by wording (boilerplate sentences) and by shape
 * (blocks that are mostly links).
 */
import { removeAltCaptions } from './alt-captions';
import { removeBeforeHeadline } from './before-headline';
import { isDatedCredit } from './dated-credit';
import { removeImageCards } from './image-cards';
import { removeSideCells } from './side-cells';
import { removeTeaserRuns } from './teaser-runs';

/** Clutter named anywhere in a class or id, also as part of a compound ("article-newsletter-box"). */
const CLUTTER_PART =
  /(^|[-_\s])(newsletter|subscribe|subscription|signup|sign-up|sharing|social-?share|share-?bar|share-?tools|related|promo|cookie|consent|donat\w*|membership|member-cta|most-?read|popular|teasers?|read-?also|see-?also|also-?read|more-?on|recommend\w*|read-?more|keep-?reading|more-?stories|advert\w*|ad-?slot|sponsor\w*|outbrain|taboola|author-?bio|author-?promo|audio-?player|paywall|breadcrumbs?|caption|credits?|attribution|slideshow|gallery|carousel|(posted|published|publish|pub)-?date|comments?|comment-?(list|form|area|thread)|disqus|respond|talkback|print-?(link|this|tools)|e-?mail-?(this|link|story)|bookmarks?|kommentare?|commentaires?|comentarios?|reacties|verwandte?|mehr-?zum-?thema|a-?lire-?aussi|lire-?aussi|leia-?(mais|tambem)|lees-?ook|relacionad[ao]s?|correlat[io])($|[-_\s])/i;
/**
 * Short words that mean clutter only as a whole class token: "meta" names a byline row,
 * while NYT's in-text topic links are "meta-loc", "meta-per" and must stay.
 */
const CLUTTER_TOKEN =
  /^(share|social|ad|ads|cta|banner|toolbar|kicker|eyebrow|dateline|timestamp|byline|meta|article-meta|post-meta|listen|tts)$/i;

const SIDE_COLUMN = /(^|[-_])(side-?bar|sidebar\w*|rail|widgets?|seitenleiste|barra-?lateral|lateral)($|[-_])|(right|left)-?(col|column|rail|side|bar|box)$|content-?right$/i;

function isClutterByName(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''}`
    .split(/\s+/)
    // State flags name what an element lacks or has: BuzzFeed's article items are "no_caption".
    .filter((token) => token && !/^(no|has|with|without|is)[-_]/i.test(token));
  return tokens.some((token) => CLUTTER_TOKEN.test(token) || CLUTTER_PART.test(token) || SIDE_COLUMN.test(token));
}

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
  // Player controls and media labels that leak as text.
  /^(image|images|photo|photos|video|play|play video|pause|share|fullscreen|mute|unmute|exclusive|loading|close|continue reading the main story|reuse content|more about:?|order reprints\b.*|view (gallery|comments))$/i,
  /^(current time|duration( time)?|remaining time|loaded|progress)\s*:?\s*-?[\d:.%]+$/i,
  /^\d+\s*(\/|of)\s*\d+$/i,
  // Wire-photo captions that Readability keeps as paragraphs.
  /^(in this|this) (file |undated |handout |aerial |combination )?(photo|image|picture|photograph|video)( taken| provided| released| dated| made)?\b.{0,400}$/i,
  // Chinese portals: share buttons, editor and copyright lines, recommendation boxes, polls.
  /^[[【(（]?\s*(责任编辑|原标题|编辑|来源)\s*[:：]/,
  /未经(授权|许可).{0,12}不得(转载|转播|摘编)/,
  /^(转播到腾讯微博|分享到|精彩视频推荐|相关阅读|相关新闻|推荐阅读|热门推荐|延伸阅读)/,
  /^您认为这篇文章.{0,60}[?？]$/,
  // Print and contributor notes.
  /^a version of this article (appears|appeared)\b.{0,250}$/i,
  // "… contributed to this report." and "… contributed to this report from Gaza City."
  /\bcontributed (reporting )?to this (report|story|article)( from [^.]{1,60})?\.?$/i,
  // Picture credits: "… (AP Photo/Jane Doe)", "… Image: Raspberry Pi Foundation", "… / AFP / Getty Images".
  /(\((ap|afp|reuters|getty|epa)\b[^)]{0,60}\)|\b(photo|image|picture|photograph)( credit)?s?:\s*[^.]{2,60}|\/\s*(afp|getty images|reuters|ap|epa)( via getty images)?)\s*\.?$/i,
  /^advertisement\b.{0,40}$/i,
  /^(updated|last updated|published|posted)\b.{0,60}$/i,
  // Copyright and wire-licence lines under a story.
  /^(copyright\s*(©|\(c\))?|\(c\))\s*\d{4}\b|^©/i,
  /\ball rights reserved\b.{0,160}$/i,
  /\bmay not be (re)?published, broadcast, rewritten,? or redistributed\b/i,
  // Page tools and comment forms of older pages.
  /^(printer[- ]friendly( page| version| format)?|print( this)?( article| story| page)?|e-?mail( this)?( article| story| page)?( to a friend)?|send (this )?(article|story|page) to (a )?friends?( by e-?mail)?|(social )?bookmark( this)?( article| story| page)?)\b.{0,80}$/i,
  /^(comments powered by|write your own comment|post a comment|add (a|your) comment|leave a (comment|reply)|comments? \(\d+\)|\d+ comments?$|report abuse|you must (be )?(log(ged)? ?in|sign(ed)? ?in|register)\b)/i,
  /\b(please limit your comments|by posting,? you agree)\b/i,
  /\brequires? (that )?javascript (be|to be|is) enabled\b|^(please )?enable javascript\b/i,
  /^(→\s*)?(learn|find out|see) more\b.{0,20}$/i,
];

/** "Jane Doe is a reporter for …" (after "About the author:" or not): the author's bio, not the article. */
const AUTHOR_BIO = /^([Aa]bout [Tt]he [Aa]uthors?:?\s*)?(\p{Lu}[\p{L}.'’-]+ ){1,4}(is|was) (a|an|the) ([\w-]+ ){0,5}(reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author)\b/u;
/** A line of nothing but a date or time: "Feb. 21, 2019", "22 Dec, 2016 22 Dec, 2016", "2/26/2015 7:11 AM PST". */
const CJK_DATE_LINE = /^.{0,20}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,25}$|^.{0,20}\d{1,2}月\d{1,2}日(报道|电)$/u;
const DATE_LINE = /^(?=.*\d)([\d\s,./:-]|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(am|pm|gmt|utc|[a-z]{1,2}[sd]t|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bby\b.*)+$/i;
/** Separators and ornaments: "___", "* * *"; and headings spelt out letter by letter ("R E L A T E D"). */
const NO_WORDS = /^[^\p{L}\p{N}]+$|^(\p{L} ){4,}\p{L}$/u;
/** A row of menu items: "News | Sport | Business | …", four or more items of a few words. */
function isMenuRow(text: string): boolean {
  const items = text.split(/\s[|•·]\s/);
  return items.length >= 4 && items.every((item) => item.split(' ').length <= 4);
}

/** More repeated paragraphs than this are a story printed twice, not quotes or captions. */
const MAX_REPEATED_QUOTES = 3;
const BLOCK_SELECTOR = 'p, div, li, h2, h3, h4, h5, h6, section, aside, ul, ol, form, figure, table, dl, span';
const LEAD_BYLINE = /^(by|written by)\s+\S.{0,150}$/i;

/** `headline`: the article's title, dropped where Readability left it at the top. @default null */
export function cleanContent(root: Element, headline: string | null = null): void {
  removeByHint(root);
  if (headline && !removeBeforeHeadline(root, headline)) removeLeadingHeadline(root, headline);
  removeAltCaptions(root);
  removeBoilerplateBlocks(root);
  removeLinkLists(root);
  removeTeaserRuns(root);
  removeImageCards(root);
  removeSideCells(root);
}

/**
 * Readability drops a heading that repeats the title by comparing words split on \W,
 * which finds no words in Chinese or Japanese: the headline then opens the text.
 */
function removeLeadingHeadline(root: Element, headline: string): void {
  const squash = (text: string) => text.replace(/[\s\p{P}]+/gu, '').toLowerCase();
  const wanted = squash(headline);
  const first = root.querySelector('h1, h2, h3, p');
  if (first && /^H\d$/.test(first.tagName) && wanted && squash(first.textContent ?? '') === wanted) first.remove();
}

function removeByHint(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (/^(ASIDE|NAV|FORM|FOOTER|BUTTON|DIALOG)$/i.test(el.tagName)) {
      el.remove();
      continue;
    }
    // Large containers with a stray "share" class are usually the article itself.
    if (isClutterByName(el) && textLength(el) < 1500) el.remove();
  }
}

function removeBoilerplateBlocks(root: Element): void {
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  let seenProse = false;
  const seenParagraphs = new Set<string>();
  const dropRepeats = fewRepeats(blocks);
  for (const el of blocks) {
    if (!root.contains(el)) continue;
    const text = normalisedText(el);
    if (text.length === 0) continue;
    // A paragraph printed twice is a caption or a pull quote repeated, never new text.
    if (/^P$/i.test(el.tagName) && text.length >= 40) {
      if (seenParagraphs.has(text) && dropRepeats) {
        el.remove();
        continue;
      }
      seenParagraphs.add(text);
    }
    if (text.length > 400) {
      // A wrapper of the whole article is long too, and no sign that prose has begun above its first line.
      if (!el.querySelector('p, div, li, section')) seenProse = true;
      continue;
    }
    const isBoilerplate =
      BOILERPLATE_BLOCK.some((re) => re.test(text)) ||
      NO_WORDS.test(text) ||
      isMenuRow(text) ||
      AUTHOR_BIO.test(text) ||
      (!seenProse && (LEAD_BYLINE.test(text) || isDatedCredit(text) || (text.length < 80 && (DATE_LINE.test(text) || CJK_DATE_LINE.test(text)))));
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

/**
 * Whether repeated paragraphs are few enough to be captions or pull quotes. A page that
 * prints the whole story twice (a print copy under the screen one) repeats many: that is
 * the page's own text, and the people who marked the corpus pages kept both copies (4 of
 * extraction-dev's dev pages lost half their text to the repeat rule, none gained).
 */
function fewRepeats(blocks: Element[]): boolean {
  const seen = new Set<string>();
  let repeats = 0;
  for (const el of blocks) {
    if (!/^P$/i.test(el.tagName)) continue;
    const text = normalisedText(el);
    if (text.length < 40) continue;
    if (seen.has(text)) repeats++;
    else seen.add(text);
  }
  return repeats <= MAX_REPEATED_QUOTES;
}

function removeLinkLists(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('ul, ol, div, section, p, table, dl'))) {
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
