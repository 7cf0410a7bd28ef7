import { describe, test } from 'vitest';
import { missingShared } from '../scripts/shared-folder';

/**
 * A `describe` whose tests read files of the shared folder (scripts/shared-folder.ts).
 * When any is missing, `body` is never called, so nothing is read at collection time,
 * and one skipped test says what was skipped and why.
 */
export function describeWithShared(name: string, files: readonly string[], body: () => void): void {
  const reason = missingShared(files);
  if (reason === null) {
    describe(name, body);
    return;
  }
  console.info(`${name}: skipped, ${reason}`);
  describe(name, () => {
    test.skip(`skipped, ${reason}`, () => {});
  });
}
