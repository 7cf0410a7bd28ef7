import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
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

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      'no-restricted-syntax': ['error', ...markupSinks],
      'no-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Boundaries (STYLE.md 3-4): pure code stays pure, the background owns the database,
      // and the UI reaches the library only through messages.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './core', from: ['./dom', './db', './entrypoints', './components', './cli', './content'], message: 'core/ is pure: no DOM, browser or UI code.' },
            { target: './dom', from: ['./db', './entrypoints', './components', './cli', './content'], message: 'dom/ is DOM-only logic shared by the content script and the CLI.' },
            { target: './content', from: ['./db', './components', './entrypoints/background.ts'], message: 'Content code reaches the library through messages only.' },
            { target: './entrypoints/content', from: ['./db', './components'], message: 'Content code reaches the library through messages only.' },
            { target: './components', from: ['./db', './dom', './content', './entrypoints/background.ts'], message: 'The UI talks to the background through messages.' },
            { target: './entrypoints/popup', from: ['./db', './dom', './content'], message: 'The UI talks to the background through messages.' },
            { target: './entrypoints/options', from: ['./db', './dom', './content'], message: 'The UI talks to the background through messages.' },
          ],
        },
      ],
    },
  },
);
