/**
 * What "output text is text" means, as checks every checker shares. A string that
 * Parallax shows, stores or matches must be:
 * - a string (or null where the type allows), of bounded length;
 * - well-formed UTF-16 whenever its input was: cutting a string to a limit must not split
 *   a surrogate pair, or the popup shows U+FFFD and IndexedDB keys stop comparing equal;
 * - free of the C0 controls (NUL, ESC, …) and DEL, which no reader means as text: a
 *   browser's parser drops or replaces NUL, and a terminal reading the CLI acts on ESC;
 * - one line, trimmed, for a field (title, byline, site name, …): each is shown on one line;
 * - for an article body: words separated by one space, one line break or one blank line,
 *   as `articleText` promises (flag offsets and highlights count on it).
 * Whether a string holds markup that came from a tag is the sentinel check (see
 * hostile-text.ts), which needs the parsed page and lives with the page checker.
 */

export interface Fault {
  /** Stable name of the broken invariant ("field-lines", "throws:analyze"). */
  invariant: string;
  /** Which output, and what was wrong, short enough for a report line. */
  detail: string;
}

export class Faults {
  readonly list: Fault[] = [];

  add(invariant: string, detail: string): void {
    this.list.push({ invariant, detail: detail.slice(0, 300) });
  }

  /** Runs `step`; a throw becomes a fault and the result undefined. */
  attempt<T>(stage: string, step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      this.add(`throws:${stage}`, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      return undefined;
    }
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** In source text: a JSON or character-reference escape that may make a lone surrogate. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}|&#x0*[dD][89a-fA-F][0-9a-fA-F]{2};|&#0*5[5-7]\d{3};/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;
/** Whitespace other than the three separators a body may hold, or two separators in a row. */
const BAD_BODY_SPACE = / {2}|(?! |\n)\s| \n|\n | ?\n\n\n/;

export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Whether the input could hand a lone surrogate through (then the output may hold one too). */
export function mayCarryLoneSurrogates(source: string): boolean {
  return LONE_SURROGATE.test(source) || SURROGATE_ESCAPE.test(source);
}

export interface TextRules {
  max: number;
  /** null is a valid value. @default false */
  nullable?: boolean;
  /** The input held lone surrogates: output may too. */
  brokenInput: boolean;
}

function basics(faults: Faults, name: string, value: unknown, rules: TextRules): value is string {
  if (value === null && rules.nullable) return false;
  if (typeof value !== 'string') {
    faults.add('field-type', `${name} is ${value === null ? 'null' : typeof value}`);
    return false;
  }
  if (value.length > rules.max) faults.add('field-length', `${name} has ${value.length} chars, over ${rules.max}`);
  if (!rules.brokenInput && !isWellFormed(value)) faults.add('lone-surrogate', `${name} holds a lone surrogate at ${value.search(LONE_SURROGATE)}`);
  return true;
}

/** A field shown on one line: title, byline, site name, excerpt, speaker. */
export function checkLine(faults: Faults, name: string, value: unknown, rules: TextRules): void {
  if (!basics(faults, name, value, rules)) return;
  const bad = CONTROL_OR_BREAK.exec(value);
  if (bad) faults.add(CONTROL.test(bad[0]) && !/[\t\v\f\r]/.test(bad[0]) ? 'control-char' : 'field-lines', `${name} holds U+${code(bad[0])}`);
  if (value.trim() !== value || (rules.nullable && value === '')) faults.add('field-untrimmed', `${name} is ${JSON.stringify(value.slice(0, 40))}`);
}

/** An article body or a summary: paragraphs, one blank line apart. */
export function checkBody(faults: Faults, name: string, value: unknown, rules: TextRules): void {
  if (!basics(faults, name, value, rules)) return;
  const control = CONTROL.exec(value);
  if (control) faults.add('control-char', `${name} holds U+${code(control[0])} at ${control.index}`);
  const space = BAD_BODY_SPACE.exec(value);
  if (space) faults.add('body-whitespace', `${name} has ${JSON.stringify(space[0])} at ${space.index}`);
  if (value.trim() !== value) faults.add('body-whitespace', `${name} is not trimmed`);
}

/** A date field: null, or a string `Date.parse` reads. */
export function checkDate(faults: Faults, name: string, value: unknown): void {
  if (value === null) return;
  if (typeof value !== 'string' || !Number.isFinite(Date.parse(value))) faults.add('date-unparseable', `${name} is ${JSON.stringify(value)?.slice(0, 60)}`);
}

/** An address field: null, or an absolute http(s) URL. */
export function checkUrl(faults: Faults, name: string, value: unknown, max: number, nullable = true): void {
  if (value === null && nullable) return;
  if (typeof value !== 'string' || !/^https?:\/\//.test(value) || !URL.canParse(value)) {
    faults.add('url-not-http', `${name} is ${JSON.stringify(value)?.slice(0, 80)}`);
    return;
  }
  if (value.length > max) faults.add('url-length', `${name} has ${value.length} chars, over ${max}`);
}

function code(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}
