import type { AccountInput } from '../core/matching/account';
import { EventIndex } from '../core/matching/event-index';
import { readJsonLines, stringField, warn, writeLine } from './io';

/**
 * `match`: reads every article first (the library), then prints for each one the other
 * accounts of the same event, best first, exactly as the popup would list them.
 */
export async function matchCommand(): Promise<number> {
  const index = new EventIndex();
  const ids: string[] = [];
  for await (const input of readJsonLines()) {
    if ('error' in input) {
      warn(input.error);
      await writeLine({ id: null, error: input.error });
      continue;
    }
    const account = accountFrom(input.value);
    if (!account) {
      const error = `line ${input.lineNumber}: needs a string "id" and a string "text"`;
      warn(error);
      await writeLine({ id: stringField(input.value, 'id'), error });
      continue;
    }
    if (index.has(account.id)) warn(`duplicate id ${account.id}: the later line replaces the earlier`);
    else ids.push(account.id);
    index.add(account);
  }
  for (const id of ids) {
    const matches = index.query(id).map((m) => ({ id: m.id, score: round(m.score), reasons: m.reasons }));
    await writeLine({ id, matches });
  }
  return 0;
}

function accountFrom(value: Record<string, unknown>): AccountInput | null {
  const id = stringField(value, 'id');
  const text = value['text'];
  if (!id || (typeof text !== 'string' && text !== null && text !== undefined)) return null;
  return {
    id,
    title: stringField(value, 'title'),
    text: typeof text === 'string' ? text : '',
    outlet: stringField(value, 'outlet'),
    url: stringField(value, 'url'),
    date: stringField(value, 'date'),
  };
}

function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
