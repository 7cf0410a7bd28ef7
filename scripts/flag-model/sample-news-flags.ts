import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { flagText } from '../../core/framing';
import { CORPUS_DIR } from '../corpus';
import { xorshift32 } from '../seeded-random';

/**
 * `npx tsx scripts/flag-model/sample-news-flags.ts [--count=60] [--seed=15]`: a seeded
 * random sample of the flags Parallax puts on ordinary news pages (the human-chosen
 * article text of ../shared/corpus/extraction-dev), each with its sentence and no score
 * or category, for a person to judge blind: would a careful editor agree this is loaded?
 * Prints to the terminal only; nothing of the pages is kept.
 */
const FILE = join(CORPUS_DIR, 'extraction-dev.jsonl.gz');

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

if (!existsSync(FILE)) console.log(`skipped: ${FILE} not found`);
else {
  const random = xorshift32(arg('seed', 15));
  const pages = gunzipSync(readFileSync(FILE)).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; expected: string });
  const all: { page: string; phrase: string; context: string }[] = [];
  for (const page of pages) {
    for (const flag of flagText(page.expected)) {
      const from = Math.max(page.expected.lastIndexOf('\n', flag.start) + 1, flag.start - 120);
      const to = Math.min(page.expected.indexOf('\n', flag.end) < 0 ? page.expected.length : page.expected.indexOf('\n', flag.end), flag.end + 120);
      all.push({ page: page.id, phrase: flag.text, context: `${page.expected.slice(from, flag.start)}[[${flag.text}]]${page.expected.slice(flag.end, to)}` });
    }
  }
  console.log(`${pages.length} pages, ${all.length} flags; sample:`);
  const count = Math.min(arg('count', 60), all.length);
  for (let i = 0; i < count; i++) {
    const [pick] = all.splice(Math.floor(random() * all.length), 1);
    console.log(`${i + 1}. ${pick!.context.replace(/\s+/g, ' ')}`);
  }
}
