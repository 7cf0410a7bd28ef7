import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The rooms' allow-lists in eslint.config.js (docs/architecture.md). Each case lints one
 * line as if it were a file in that room: a crossing the room does not allow must be
 * refused, and one it allows must pass. Without a resolver that knows .ts files, no
 * import resolves and every boundary passes silently, which is what these cases catch.
 */

const eslint = new ESLint();

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const refused: Array<[string, string]> = [
  ['core/probe.ts', "import { detectPage } from '../dom/pipeline/detect-page';"],
  ['core/probe.ts', "import { openLibrary } from '../db/library-db';"],
  ['core/probe.ts', "import { browser } from 'wxt/browser';"],
  ['core/probe.ts', "import { openDB } from 'idb';"],
  ['dom/probe.ts', "import { send } from '../platform/send-message';"],
  ['content/probe.ts', "import { openLibrary } from '../db/library-db';"],
  ['components/probe.ts', "import { openLibrary } from '../db/library-db';"],
  ['components/probe.ts', "import { detectPage } from '../dom/pipeline/detect-page';"],
  ['background/probe.ts', "import { runParallax } from '../content/run-parallax';"],
  ['db/probe.ts', "import { routeMessage } from '../background/message-router';"],
  ['offscreen/probe.ts', "import { openLibrary } from '../db/library-db';"],
  ['platform/probe.ts', "import { openLibrary } from '../db/library-db';"],
];

const allowed: Array<[string, string]> = [
  ['core/probe.ts', "import { cleanUrl } from './identity/story-address';"],
  ['dom/probe.ts', "import { cleanUrl } from '../core/identity/story-address';"],
  ['content/probe.ts', "import { detectPage } from '../dom/pipeline/detect-page';"],
  ['background/probe.ts', "import { openLibrary } from '../db/library-db';"],
  ['components/probe.ts', "import { send } from '../platform/send-message';"],
  ['offscreen/probe.ts', "import { analyzeDocument } from '../dom/pipeline/analyze-document';"],
];

describe('room boundaries', () => {
  test.each(refused)('%s may not: %s', async (file, line) => {
    expect(await boundaryErrors(file, `${line}\n`)).not.toEqual([]);
  });

  test.each(allowed)('%s may: %s', async (file, line) => {
    expect(await boundaryErrors(file, `${line}\n`)).toEqual([]);
  });
});
