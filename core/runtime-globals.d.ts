/**
 * The few web-platform globals pure modules may use: they exist in Node, workers,
 * service workers and pages alike. Declared by hand so that the DOM lib, and with it
 * `document` and `window`, stay out of core/.
 */

declare class URLSearchParams {
  constructor(init?: string);
  keys(): IterableIterator<string>;
  get(name: string): string | null;
  delete(name: string): void;
  toString(): string;
}

declare class URL {
  constructor(url: string, base?: string);
  protocol: string;
  host: string;
  hostname: string;
  pathname: string;
  search: string;
  hash: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
