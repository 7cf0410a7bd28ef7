import type { Rand } from './fuzz-random';

/**
 * The words the generated pages are made of: news prose that trips the framing lexicon
 * (so flagging has work to do), names and figures (so matching does), scripts and
 * characters that break naive text handling, and markup that must stay text.
 *
 * SENTINELS are written only where markup is (tag and attribute names, script and
 * style bodies, comments). A sentinel in an output string is markup read as text, unless
 * the page itself had it as text (a mutation can break a tag open); the checker asks the
 * parsed document which.
 */

export const SENTINELS = ['pxz-tag', 'pxz-attr', 'pxzscript', 'pxzstyle', 'pxzcomment'] as const;

/** An element no page has, carrying a sentinel attribute too. */
export const sentinelTag = (inner: string): string => `<pxz-tag pxz-attr="1">${inner}</pxz-tag>`;
export const SENTINEL_SCRIPT = '<script>window.pxzscript = document.cookie;</script>';
export const SENTINEL_STYLE = '<style>.pxzstyle { display: none }</style>';
export const SENTINEL_COMMENT = '<!-- pxzcomment -->';

export const NAMES = ['Dmitar Voskov', 'Lin Haozhen', 'Amara Okafor', 'Jonas Lindqvist', 'Priya Raman', 'Tomasz Wrona', 'Elena Marquez'];
export const PLACES = ['Krasnovel', 'Temirsk', 'Shenlu', 'Hadley', 'Carrow Bridge', 'Marenia', 'Port Aldous'];
const ORGS = ['the Meridian Cooperation Organization', 'the Harbour Council', 'Eastgate Wire', 'the Northern Ledger'];

/** Sentences a newsroom might print; most carry a phrase from the framing lexicon. */
const TEMPLATES = [
  'NAME slammed the regime in PLACE on Monday, calling the vote a disgrace.',
  'Critics say the so-called reform package will hit families in PLACE hardest.',
  'The unprecedented move by ORG drew a shocking response from NAME.',
  '"We are on the right side of history," NAME told reporters in PLACE.',
  'Officials said NUM people were evacuated after the river burst its banks near PLACE.',
  'Experts warn that the economic blackmail could last for months, according to ORG.',
  'NAME, who leads ORG, described the talks as "constructive and frank" on Tuesday.',
  'The war machine of the anti-Western alliance was discussed at the summit in PLACE.',
  'Turnout reached NUM percent, the highest since 1994, election officials in PLACE said.',
  'Residents of PLACE gathered outside the town hall as the council met behind closed doors.',
  "NAME's spokesman declined to comment on the 'supposed' agreement reached overnight.",
  'Many believe the catastrophic floods were made worse by years of neglect.',
];

export function sentence(r: Rand): string {
  return r
    .pick(TEMPLATES)
    .replace(/NAME/g, () => r.pick(NAMES))
    .replace(/PLACE/g, () => r.pick(PLACES))
    .replace(/ORG/g, () => r.pick(ORGS))
    .replace(/NUM/g, () => String(r.int(2, 90_000)));
}

export function paragraph(r: Rand, sentences = r.int(2, 5)): string {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

/** Prose in other scripts, right-to-left ones among them. */
export const SCRIPTS = [
  'انتقد الرئيس الحكومة يوم الاثنين في العاصمة بعد التصويت.',
  'הממשלה הודיעה על צעדים חדשים לאחר ההצבעה בכנסת.',
  '总统周一在首都会见了代表团，双方讨论了贸易问题。',
  '大統領は月曜日に首都で代表団と会談した。',
  'Президент в понедельник встретился с делегацией в столице.',
  'राष्ट्रपति ने सोमवार को राजधानी में प्रतिनिधिमंडल से मुलाकात की।',
  'ประธานาธิบดีพบกับคณะผู้แทนในเมืองหลวงเมื่อวันจันทร์',
  'Ο πρόεδρος συναντήθηκε με την αντιπροσωπεία στην πρωτεύουσα.',
  'Tổng thống đã gặp phái đoàn tại thủ đô vào thứ Hai.',
  '대통령은 월요일 수도에서 대표단을 만났다.',
  'Zoë’s café in Ærøskøbing — naïve façades, ﬁne ligatures, 𝐦𝐚𝐭𝐡 𝐛𝐨𝐥𝐝 and 👩‍👩‍👧‍👦 families 🇺🇦.',
];

/** Characters that are not what they look like: invisible, reordering, or not characters at all. */
export const ODD_CHARS = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', // zero-width, soft hyphen, grapheme joiner
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', // bidi
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\r', '\u001b', '\u007f', '\u0085', '\u009b', // controls
  '\u00a0', '\u2028', '\u2029', '\u3000', '\u1680', // spaces and separators
  '\ufffd', '\ufffe', '\uffff', '\u0301', '\u20dd', // replacement, noncharacters, combining marks
];

export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];

/** Markup that a page may put where text belongs: it must come out as the same characters, never as elements. */
export const MARKUP_AS_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</title><script>alert(2)</script>',
  '<svg onload=alert(3)>',
  '"><iframe src=javascript:alert(4)>',
  '<b>bold</b> & <i>italic</i>',
  '&lt;script&gt;alert(5)&lt;/script&gt;',
  ']]></description><script>x</script>',
  '<!-- -->',
  '{{constructor.constructor("alert(6)")()}}',
  "'; DROP TABLE articles; --",
  '\\u003cscript\\u003e',
];

/** A string of `length` characters drawn from odd characters, scripts and plain words. */
export function oddText(r: Rand, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = r.next();
    const piece = roll < 0.3 ? r.pick(ODD_CHARS) : roll < 0.5 ? r.pick(SCRIPTS) : roll < 0.6 ? r.pick(MARKUP_AS_TEXT) : sentence(r);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join(r.chance(0.5) ? ' ' : '');
}

/** A quotation with no space in it (Chinese, Japanese, "a,b,c"), long enough to be cut for display. */
export function spacelessQuote(r: Rand): string {
  const words = ['alpha', 'beta', 'gamma', '中文', '日本語', '한국어', '😀', '𝐦𝐚𝐭𝐡', 'Voskov', 'Temirsk'];
  return `“${Array.from({ length: r.int(20, 90) }, () => r.pick(words)).join(r.pick([',', '，', '、', '/', '']))}”`;
}

/** Sprinkles `chars` into `text` at random places, `count` times (inside words too). */
export function sprinkle(r: Rand, text: string, chars: readonly string[], count: number): string {
  if (text.length === 0) return r.pick(chars);
  const cuts = Array.from({ length: count }, () => r.int(0, text.length)).sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    out.push(text.slice(from, cut), r.pick(chars));
    from = cut;
  }
  out.push(text.slice(from));
  return out.join('');
}

/** Escapes text for an HTML text or attribute position, so it stays text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
