/**
 * Turns an article element into clean text (paragraphs separated by one blank line) and
 * keeps a map from every text offset back to the Text node it came from, so that flags
 * found in the text can be drawn as DOM Ranges on the page.
 *
 * Data structure: `runs` is a sorted array of linear pieces. A run says "text[start,
 * start+length) is node.data[nodeOffset, nodeOffset+length)". A new run starts wherever
 * whitespace was collapsed, so each run maps one to one; lookups are a binary search.
 */

export interface TextRun {
  start: number;
  length: number;
  node: Text;
  nodeOffset: number;
}

export interface ArticleText {
  text: string;
  runs: TextRun[];
}

export interface ArticleTextOptions {
  /** Stop collecting after this many characters (hostile pages are never trusted for size). @default 2_000_000 */
  maxChars?: number;
  /** Maps a Text node of the walked tree to the node whose offsets the runs should use. */
  nodeFor?: (node: Text) => Text | undefined;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

// Never article prose: code, controls, embedded documents, and captions (image credits
// repeated as text are the classic leak into extracted bodies).
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'FIGCAPTION', 'PICTURE', 'IMG', 'HEAD',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Control characters (NUL, ESC, …) separate words like spaces: a browser shows nothing for
// them, and a word or a flag must not carry one.
// eslint-disable-next-line no-control-regex
const WORD = /[^\s\u0000-\u001f\u007f\u0085]+/g;

export function articleText(root: Node, options: ArticleTextOptions = {}): ArticleText {
  const maxChars = options.maxChars ?? 2_000_000;
  const builder = new TextBuilder(maxChars);

  // Iterative walk: hostile pages nest deep enough to overflow a recursive one.
  let node: Node | null = root.firstChild;
  while (node && !builder.full) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      builder.addText(text, options.nodeFor?.(text) ?? text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') builder.lineBreak();
      else if (!SKIPPED_TAGS.has(tag) && !isHidden(node as Element)) {
        if (BLOCK_TAGS.has(tag)) builder.paragraphBreak();
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a sibling exists, closing blocks on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) {
        builder.paragraphBreak();
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return builder.finish();
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

class TextBuilder {
  private parts: string[] = [];
  private runs: TextRun[] = [];
  private length = 0;
  /** What to emit before the next visible character: nothing, a space, a newline or a blank line. */
  private pending: '' | ' ' | '\n' | '\n\n' = '';
  full = false;

  constructor(private readonly maxChars: number) {}

  paragraphBreak(): void {
    if (this.length > 0) this.pending = '\n\n';
  }

  lineBreak(): void {
    if (this.length > 0 && this.pending !== '\n\n') this.pending = '\n';
  }

  addText(walked: Text, mapped: Text): void {
    const data = walked.data;
    let run: TextRun | null = null;
    let previousEnd = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      const word = m[0];
      if (m.index > previousEnd && this.length > 0 && this.pending === '') this.pending = ' ';
      // Checked before the separator goes in, so a text cut at the cap never ends in one.
      if (this.length + this.pending.length + word.length > this.maxChars) {
        this.full = true;
        return;
      }
      if (this.pending) {
        // A single plain space between two words of one node stays inside the run.
        const plainSpace = run !== null && this.pending === ' ' && m.index - previousEnd === 1 && data[previousEnd] === ' ';
        this.emit(this.pending);
        if (plainSpace) run!.length += 1;
        else run = null;
        this.pending = '';
      }
      if (!run) {
        run = { start: this.length, length: 0, node: mapped, nodeOffset: m.index };
        this.runs.push(run);
      }
      this.emit(word);
      run.length += word.length;
      previousEnd = m.index + word.length;
    }
    if (previousEnd < data.length && this.length > 0 && this.pending === '') this.pending = ' ';
  }

  private emit(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  finish(): ArticleText {
    return { text: this.parts.join(''), runs: this.runs };
  }
}

/** Finds the run holding text offset `offset` (binary search); undefined in a gap. */
export function runAt(runs: readonly TextRun[], offset: number): TextRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (offset < run.start) hi = mid - 1;
    else if (offset >= run.start + run.length) lo = mid + 1;
    else return run;
  }
  return undefined;
}
