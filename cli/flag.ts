import { flagText } from '../core/framing';
import { flagForCli } from './analyze';
import { readJsonLines, stringField, warn, writeLine } from './io';

/** `flag`: `{"id","text"}` lines on stdin → `{"id","flags":[...]}` lines. */
export async function flagCommand(): Promise<number> {
  let failures = 0;
  for await (const input of readJsonLines()) {
    const id = 'value' in input ? stringField(input.value, 'id') : null;
    const text = 'value' in input ? input.value['text'] : undefined;
    if ('error' in input || typeof text !== 'string') {
      const error = 'error' in input ? input.error : `line ${input.lineNumber}: "text" must be a string`;
      warn(error);
      await writeLine({ id, error });
      failures++;
      continue;
    }
    try {
      await writeLine({ id, flags: flagText(text).map(flagForCli) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      warn(`${id}: ${message}`);
      await writeLine({ id, error: message });
      failures++;
    }
  }
  if (failures > 0) warn(`${failures} line(s) failed`);
  return 0;
}
