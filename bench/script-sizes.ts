import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The two scripts Parallax puts in pages, as built (`npx wxt build`). */

export const CHROME_BUILD = '.output/chrome-mv3';
export const DETECTOR_FILE = 'content-scripts/content.js';
export const READER_FILE = 'reader.js';
/** The detector's budget, gzipped: it is parsed on every page Parallax may read. */
export const DETECTOR_BUDGET_GZIP = 40_000;

export interface ScriptSize {
  raw: number;
  gzip: number;
}

export function scriptSize(bytes: Buffer): ScriptSize {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Both scripts' sizes, and the single script they make when put together (Parallax before the split); null when not built. */
export function builtScriptSizes(build = CHROME_BUILD): { detector: ScriptSize; reader: ScriptSize; combined: ScriptSize } | null {
  const detectorPath = join(build, DETECTOR_FILE);
  const readerPath = join(build, READER_FILE);
  if (!existsSync(detectorPath) || !existsSync(readerPath)) return null;
  const detector = readFileSync(detectorPath);
  const reader = readFileSync(readerPath);
  return { detector: scriptSize(detector), reader: scriptSize(reader), combined: scriptSize(Buffer.concat([reader, Buffer.from('\n'), detector])) };
}
