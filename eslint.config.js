import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

// Page content is hostile input: no API that turns a string into markup or code.
const markupSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Page text must stay text: no innerHTML.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Page text must stay text: no outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

/** Each room and the rooms it may import from (besides itself and npm packages). */
const rooms = {
  core: { may: ['assets/lexicon.json', 'assets/flag-model.json'], why: 'core/ is pure: no DOM, browser, storage or UI code.' },
  dom: { may: ['core'], why: 'dom/ reads pages only; it is shared by the content script, the offscreen document and the CLI.' },
  content: { may: ['core', 'dom', 'platform'], why: 'Content code reaches the library through messages only.' },
  background: { may: ['core', 'db'], why: 'background/ answers messages and owns the databases; what it needs from pages or browser wrappers is handed in by its entrypoint.' },
  db: { may: ['core'], why: 'db/ stores and reads; it knows nothing of messages, pages or UI.' },
  platform: {
    may: ['core', 'offscreen', 'public/_locales/en/messages.json', 'background/content-script-registration.ts'],
    why: 'platform/ wraps browser APIs for the other rooms.',
  },
  offscreen: { may: ['core', 'dom'], why: 'The offscreen document runs the page pipeline and nothing else.' },
  components: {
    may: ['core', 'platform', 'assets/lexicon.json', 'background/outlets/wikidata-client.ts'],
    why: 'The UI talks to the background through messages.',
  },
};

const roomZones = Object.entries(rooms).map(([room, { may, why }]) => ({
  target: `./${room}`,
  from: './',
  except: [`./${room}`, './node_modules', ...may.map((path) => `./${path}`)],
  message: why,
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    // Without a resolver that knows .ts, no import resolves and the boundaries below check nothing.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] })] },
    rules: {
      'no-restricted-syntax': ['error', ...markupSinks],
      'no-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Boundaries (STYLE.md 3-4) as allow-lists: each room names what it may import, so a
      // new room or a new crossing is refused until it is written here (docs/architecture.md).
      'import-x/no-restricted-paths': ['error', { zones: roomZones }],
    },
  },
  {
    // Packages count too: core/ runs in Node, in the page and in the worker alike.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'core/ is pure: the browser is reached from platform/ or background/.' },
            { group: ['idb', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'core/ is pure: storage lives in db/.' },
            { group: ['preact', 'preact/*', '@mozilla/readability', 'linkedom'], message: 'core/ is pure: no UI and no DOM.' },
          ],
        },
      ],
    },
  },
);
