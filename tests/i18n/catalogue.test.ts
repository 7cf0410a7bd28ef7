import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import english from '../../public/_locales/en/messages.json';

/**
 * The English catalogue and the code agree: every name the code asks for is there, every
 * message is asked for, placeholders match, names are ones Chrome accepts, and no message
 * holds markup (messages are shown as text, never parsed). Names are found by reading the
 * source: `message('…')`, `plural('…', n)` (its `_one` and `_other`), `getMessage('…')`
 * and the manifest's `__MSG_…__`.
 */

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.scratch', '.git', 'tests', 'test-results', 'bench-results', 'public']);
const CATALOGUE: Record<string, Entry> = english;
const NAMES = Object.keys(CATALOGUE);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const SOURCES = sourceFiles(ROOT).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
/** Files that use the typed wrapper: there `message(` and `plural(` are its calls. */
const WRAPPER_USERS = SOURCES.filter((s) => /from '(?:(?:\.\.\/)+platform\/|\.\/)i18n'/.test(s.text));

const MESSAGE_CALL = /(?<![\w.])message\(\s*(?:'([^']*)'|([^\s)]))/g;
const PLURAL_CALL = /(?<![\w.])plural\(\s*(?:'([^']*)'|([^\s)]))/g;
const GET_MESSAGE_CALL = /\bgetMessage\(\s*(?:'([^']*)'|([^\s)]))/g;
const MANIFEST_NAME = /__MSG_(\w+)__/g;

/** Every name the code refers to, with where; a call whose name is not a literal is reported as such. */
function namesInCode(): { used: Map<string, string>; dynamic: string[] } {
  const used = new Map<string, string>();
  const dynamic: string[] = [];
  const collect = (path: string, text: string, re: RegExp, expand: (name: string) => string[]) => {
    for (const match of text.matchAll(re)) {
      if (match[1] === undefined) dynamic.push(`${path}: ${match[0]}`);
      else for (const name of expand(match[1])) used.set(name, path);
    }
  };
  for (const { path, text } of WRAPPER_USERS) {
    collect(path, text, MESSAGE_CALL, (name) => [name]);
    collect(path, text, PLURAL_CALL, (name) => [`${name}_one`, `${name}_other`]);
  }
  for (const { path, text } of SOURCES) {
    // The wrapper's own getMessage takes the name its callers gave.
    if (path !== join('platform', 'i18n.ts')) collect(path, text, GET_MESSAGE_CALL, (name) => [name]);
    for (const match of text.matchAll(MANIFEST_NAME)) used.set(match[1]!, path);
  }
  return { used, dynamic };
}

const { used, dynamic } = namesInCode();

/** `$NAME$` references in a message, lower-cased as Chrome matches them. */
const referenced = (text: string) => new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()));

describe('code and catalogue', () => {
  test('the code is read: the text modules are found', () => {
    expect(WRAPPER_USERS.map((s) => s.path)).toEqual(
      expect.arrayContaining(['components/options/ui-text.ts', 'components/onboarding/onboarding-text.ts', 'components/popup-text.ts', 'content/card-text.ts'].map((p) => join(p))),
    );
    expect(used.size).toBeGreaterThan(100);
  });

  test('every message is named by a literal, so this test can find it', () => {
    expect(dynamic).toEqual([]);
  });

  test('every name the code uses is in the catalogue', () => {
    const missing = [...used].filter(([name]) => !(name in CATALOGUE)).map(([name, path]) => `${name} (${path})`);
    expect(missing).toEqual([]);
  });

  test('every message in the catalogue is used', () => {
    expect(NAMES.filter((name) => !used.has(name))).toEqual([]);
  });

  test('plural names come in pairs', () => {
    const unpaired = NAMES.filter((name) => {
      const pair = /_one$/.test(name) ? name.replace(/_one$/, '_other') : /_other$/.test(name) ? name.replace(/_other$/, '_one') : null;
      return pair !== null && !(pair in CATALOGUE);
    });
    expect(unpaired).toEqual([]);
  });
});

/** What every message must be, in English or in a translation. */
function checkEntry(name: string, entry: Entry) {
  test('has a name Chrome accepts, a message and a description for translators', () => {
    expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description?.trim() ?? '').not.toBe('');
  });

  test('declares every placeholder it uses, and uses every one it declares', () => {
    const declared = Object.keys(entry.placeholders ?? {}).map((key) => key.toLowerCase());
    expect(new Set(declared)).toEqual(referenced(entry.message));
    for (const [key, placeholder] of Object.entries(entry.placeholders ?? {})) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(placeholder.content).toMatch(/^\$[1-9]$/);
      expect(placeholder.example ?? '').not.toBe('');
    }
  });

  test('is plain text: no markup, no entity, no edge whitespace', () => {
    expect(entry.message).not.toMatch(/<[A-Za-z/!?]|&[#A-Za-z0-9]+;/);
    // A stray `$` Chrome would read as a substitution; `$$` is a dollar sign.
    expect(entry.message.replace(/\$[A-Za-z0-9_]+\$|\$\$/g, '')).not.toContain('$');
    expect(entry.message).toBe(entry.message.trim());
  });
}

describe.each(NAMES.map((name) => [name, CATALOGUE[name]!] as const))('en: %s', (name, entry) => checkEntry(name, entry));

// A translation is checked like the English, and must fill in what the code passes: its
// names are English names, and its placeholders (which it may name as it likes) take only
// the `$1`… the English message takes.
for (const lang of readdirSync(LOCALES).filter((dir) => dir !== 'en')) {
  const translated: Record<string, Entry> = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
  describe.each(Object.entries(translated))(`${lang}: %s`, (name, entry) => {
    checkEntry(name, entry);
    test('matches an English message and its substitutions', () => {
      const source = CATALOGUE[name];
      expect(source, `${name} is not an English message`).toBeDefined();
      const contents = (e: Entry) => Object.values(e.placeholders ?? {}).map((p) => p.content);
      expect(contents(source!)).toEqual(expect.arrayContaining(contents(entry)));
    });
  });
}
