import { DomHandler, Parser, type Options } from 'htmlparser2';
import type { Document } from 'domhandler';

/**
 * htmlparser2's `parseDocument`, with a limit on how deep elements nest.
 *
 * The parser keeps its open elements in an array it grows with `unshift`, so each tag
 * costs time proportional to the depth, and 100,000 nested `<div>`s (a few hundred
 * kilobytes of description) take seconds to tens of seconds. No feed or story nests
 * more than a few dozen levels, so parsing stops at `MAX_DEPTH` and what was read up to
 * there is kept; the elements left open have no end index, as in a truncated feed.
 */

export const MAX_DEPTH = 500;

const TOO_DEEP = Symbol('too deep');

class DepthLimitedHandler extends DomHandler {
  private depth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > MAX_DEPTH) throw TOO_DEEP;
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }

  /** DomHandler gives an element the end of its start tag as end index until it closes; open ones get none. */
  forgetOpenEnds(): void {
    for (const node of this.tagStack) node.endIndex = null;
  }
}

export interface BoundedParse {
  doc: Document;
  /** Parsing stopped at `MAX_DEPTH`; the document holds what came before. */
  tooDeep: boolean;
}

export function parseBounded(text: string, options: Options = {}): BoundedParse {
  const handler = new DepthLimitedHandler(undefined, options);
  try {
    new Parser(handler, options).end(text);
    return { doc: handler.root, tooDeep: false };
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    handler.forgetOpenEnds();
    return { doc: handler.root, tooDeep: true };
  }
}
