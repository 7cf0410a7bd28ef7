import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Pages larger than this are refused: a page is never trusted for size. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** Reads an `.html` or `.html.gz` file and decodes it with the charset the page declares. */
export async function loadPage(file: string): Promise<string> {
  const { size } = await stat(file);
  if (size > MAX_PAGE_BYTES) throw new Error(`${file} is ${size} bytes, over the ${MAX_PAGE_BYTES}-byte limit`);
  let bytes: Uint8Array = await readFile(file);
  if (file.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    bytes = gunzipSync(bytes, { maxOutputLength: MAX_PAGE_BYTES });
  }
  return decode(bytes);
}

export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
