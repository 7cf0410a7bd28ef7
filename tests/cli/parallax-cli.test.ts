import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

/** The CLI contract, exercised as a user would: a child process, JSON lines in and out. */

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(ROOT, 'tests/fixtures/site');
const LEDGER = join(SITE, 'outlet-one/world/voskov-lin-temirsk-talks.html');
const HARBOUR = join(SITE, 'outlet-two/news/valdoria-qiran-ties-finest-chapter.html');
const FLOODS = join(SITE, 'outlet-one/local/carrow-bridge-floods.html');

function cli(args: string[], input = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/parallax.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
  });
  const lines = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

const jsonLines = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

interface CliFlag {
  start: number;
  end: number;
  text: string;
  category: string;
  voice: string;
}

describe('analyze', { timeout: 600_000 }, () => {
  test('one file: every contract field, offsets that point at the flagged text', () => {
    const { status, lines } = cli(['analyze', '--url', 'https://northern-ledger.example/x', LEDGER]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(Object.keys(line!)).toEqual(
      expect.arrayContaining(['file', 'isNews', 'newsScore', 'title', 'siteName', 'byline', 'publishedTime', 'lang', 'canonicalUrl', 'text', 'flags']),
    );
    expect(line).toMatchObject({ isNews: true, title: 'Voskov and Lin tout closer ties on eve of Meridian summit', publishedTime: '2025-03-12T19:11:00-04:00' });
    const text = line!['text'] as string;
    const flags = line!['flags'] as CliFlag[];
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      expect(text.slice(flag.start, flag.end)).toBe(flag.text);
      expect(['outlet', 'quote']).toContain(flag.voice);
    }
  });

  test('the kind of piece and its reasons: an opinion column, and a report on an opinion poll', { timeout: 60_000 }, () => {
    const pieces = join(import.meta.dirname, '../fixtures/piece-types');
    const [column] = cli(['analyze', join(pieces, 'opinion-column.html')]).lines;
    expect(column!['pieceType']).toBe('opinion');
    expect((column!['pieceTypeReasons'] as unknown[]).slice(0, 2)).toEqual([{ id: 'schema-type', evidence: 'OpinionNewsArticle' }, { id: 'schema-genre', evidence: 'Opinion' }]);
    const [poll] = cli(['analyze', join(pieces, 'report-opinion-polls.html')]).lines;
    expect(poll!['pieceType']).toBe('report');
  });

  test('batch: .html and .html.gz, and a missing file gets an error line while the batch goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    const gz = join(dir, 'harbour.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(HARBOUR)));
    const { status, lines } = cli(
      ['analyze', '--batch'],
      jsonLines([
        { id: 'gz', file: gz, url: 'https://harbour-independent.example/news/x' },
        { id: 'missing', file: join(dir, 'nope.html') },
        { id: 'floods', file: FLOODS },
      ]) + 'this line is not JSON\n',
    );
    expect(status).toBe(0);
    expect(lines.map((l) => l['id'])).toEqual(['gz', 'missing', 'floods', null]);
    expect(lines[0]).toMatchObject({ isNews: true, siteName: 'Harbour Independent' });
    expect(lines[0]!['text']).not.toContain('Sign up for our newsletter');
    expect(lines[1]!['error']).toMatch(/nope\.html/);
    expect(lines[3]!['error']).toMatch(/line 4/);
  });
});

describe('flag', { timeout: 600_000 }, () => {
  test('one line per input, voice from quotation marks', () => {
    const { status, lines } = cli(
      ['flag'],
      jsonLines([
        { id: 'own', text: 'The two leaders praised their anti-Western alliance on Wednesday.' },
        { id: 'quoted', text: '"The regime is a war machine," Lin said.' },
        { id: 'plain', text: 'The council met on Tuesday and approved the budget.' },
      ]),
    );
    expect(status).toBe(0);
    const byId = Object.fromEntries(lines.map((l) => [l['id'], l['flags'] as CliFlag[]]));
    expect(byId['own']).toEqual([expect.objectContaining({ text: 'anti-Western alliance', voice: 'outlet' })]);
    expect(byId['quoted']).toEqual([expect.objectContaining({ text: 'war machine', voice: 'quote', speaker: 'Lin' })]);
    // The learned scorer judged both, and says how sure it is: a field added to the contract.
    for (const flag of [...byId['own']!, ...byId['quoted']!]) expect((flag as { score?: number }).score).toBeGreaterThan(0);
    expect(byId['plain']).toEqual([]);
  });
});

describe('match', { timeout: 600_000 }, () => {
  test('each account lists the other account of its event, never itself, nor the unrelated one', () => {
    const article = (id: string, file: string) => {
      const [line] = cli(['analyze', file]).lines;
      return { id, title: line!['title'], text: line!['text'], outlet: line!['siteName'], url: null, date: line!['publishedTime'] };
    };
    const { status, lines } = cli(['match'], jsonLines([article('ledger', LEDGER), article('harbour', HARBOUR), article('floods', FLOODS)]));
    expect(status).toBe(0);
    const byId = Object.fromEntries(lines.map((l) => [l['id'], (l['matches'] as { id: string }[]).map((m) => m.id)]));
    expect(byId).toEqual({ ledger: ['harbour'], harbour: ['ledger'], floods: [] });
  });
});

describe('bad usage', { timeout: 600_000 }, () => {
  test.each([[[]], [['frobnicate']], [['analyze']], [['analyze', '--url']], [['analyze', '--batch', 'extra.html']]])(
    '%j exits 2 with usage on stderr and nothing on stdout',
    (args) => {
      const { status, lines, stderr } = cli(args);
      expect(status).toBe(2);
      expect(lines).toEqual([]);
      expect(stderr).toMatch(/usage: parallax/);
    },
  );
});
