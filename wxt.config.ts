import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** The most host access Parallax can be granted: web pages, never files or browser pages. */
const HOST_ACCESS = ['http://*/*', 'https://*/*'];
/**
 * Wikidata's two hosts, asked for alone when the reader turns on outlet lookups
 * (background/outlets/wikidata-client.ts). Within HOST_ACCESS already; named so the
 * manifest says where lookups go.
 */
const WIKIDATA_ACCESS = ['https://query.wikidata.org/*', 'https://www.wikidata.org/*'];

/**
 * Parallax's own pages run only their own bundled scripts: no remote or inline code, no
 * eval, no plugins, no <base> or form tricks. The background fetches followed outlets'
 * feeds and pages (connect-src); nothing else is loaded from outside.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "img-src 'self' data:",
  "style-src 'self'",
  "connect-src 'self' http: https:",
].join('; ');

/**
 * The one test build (`npm run build:test`, `WXT_PARALLAX_TEST_BUILD=true`): the same
 * sources, into .output/test-build so the ordinary build stays as shipped, with the two
 * things the end-to-end suites need: the starter set of their fixture world
 * (tests/fixtures/starter-world) in place of the shipped one, and outlet lookups that may
 * go to a local Wikidata (background/outlets/wikidata-endpoints.ts reads the same switch,
 * replaced at build time, so no other build holds that code). Unset, nothing changes.
 */
const TEST_BUILD = process.env['WXT_PARALLAX_TEST_BUILD'] === 'true';
const TEST_STARTER_SET = 'tests/fixtures/starter-world/starter-set.json';

/**
 * The learned flag scorer's weights (200 kB of JSON) ship as a function that returns
 * their text. A script's start-up compiles every string literal in its top level, and
 * this one cost the reader's start-up some 20 ms of CPU; inside a function it is only
 * scanned until the reader first flags, which then parses it and builds the model's maps
 * a step at a time (core/framing/index.ts, core/framing/model/flag-model.ts). Node and
 * the tests import the object.
 *
 * The builtin lexicon (110 kB) ships the same way to the framing engine
 * (core/framing/index.ts), which parses it when the reader first compiles it, in the
 * lexicon's step, not while the reader's script starts (the whole script's evaluation is
 * one task no pause can split). The options page's own imports of it are left as they
 * were. Both are the same JSON files, untouched: a retrained model or an edited lexicon
 * needs no other change.
 */
function jsonAsText(): Plugin {
  const prefix = '\0parallax-json-text:';
  const assets: Record<string, { file: string; from?: RegExp }> = {
    model: { file: resolve('assets/flag-model.json') },
    lexicon: { file: resolve('assets/lexicon.json'), from: /[\\/]core[\\/]framing[\\/]index\.ts$/ },
  };
  // Inside a template literal only a backslash, a backtick and "${" need escaping.
  const template = (text: string): string => text.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);
  return {
    name: 'parallax-json-as-text',
    enforce: 'pre',
    resolveId: (source, importer) => {
      if (/^(?:\.\.\/)+assets\/flag-model\.json$/.test(source)) return `${prefix}model`;
      if (/^(?:\.\.\/)+assets\/lexicon\.json$/.test(source) && importer && assets.lexicon!.from!.test(importer)) return `${prefix}lexicon`;
      return null;
    },
    load: (loading) => {
      if (!loading.startsWith(prefix)) return null;
      const asset = assets[loading.slice(prefix.length)];
      // Written again without the file's line breaks and indents: the same JSON, fewer bytes to scan.
      return asset ? `export default () => \`${template(JSON.stringify(JSON.parse(readFileSync(asset.file, 'utf8'))))}\`;` : null;
    },
  };
}

// One source, two builds: Chrome MV3 and Firefox (MV2 by WXT's default for Firefox).
export default defineConfig({
  ...(TEST_BUILD && { outDir: '.output/test-build' }),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a module sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    // Words are browser.i18n messages (public/_locales/<lang>/messages.json); English when the browser's language has none.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // No host access at install: the toolbar button reads the current tab through
    // activeTab; automatic reading asks for host access when the reader turns it on.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      // Feeds of followed outlets are checked on a schedule.
      'alarms',
      // Chrome's service worker has no DOM: feed stories' pages are read in an offscreen document.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Chrome MV3 names optional origins apart; Firefox MV2 lists them with the permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: [...HOST_ACCESS, ...WIKIDATA_ACCESS] }
      : { optional_host_permissions: [...HOST_ACCESS, ...WIKIDATA_ACCESS] }),
    action: { default_title: '__MSG_ext_name__' },
    // MV3 names the policy of its pages; MV2 has one policy.
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'next-flag': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_ext_command_next_flag__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax-reader.org',
              // 140 ESR: the first to read data_collection_permissions (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The sources zip reviewers rebuild from: code and fixtures, not local test output.
  zip: { excludeSources: ['test-results/**', 'bench-results/**', '.scratch/**'] },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // JSON the framing engine does not take as text (jsonAsText) ships as JSON.parse("…")
    // rather than an object literal: V8 parses JSON text several times faster.
    json: { stringify: true },
    plugins: [jsonAsText()],
    ...(TEST_BUILD && { resolve: { alias: [{ find: /^\.\/starter-set\.json$/, replacement: resolve(TEST_STARTER_SET) }] } }),
  }),
});
