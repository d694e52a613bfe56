import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers (README "Architecture"): dependencies flow one way,
 * lib → extractor & timeline → store → components, with storage and browser (I/O, DOM) beside the store.
 * Each entry: the folder, and what code in it must not import.
 */
const REACT = ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand/react*'];
const LAYERS = [
  { folder: 'src/lib', forbidden: ['extractor', 'timeline', 'store', 'storage', 'components', 'browser', 'workers'], packages: REACT, why: 'src/lib is the pure base layer' },
  { folder: 'src/extractor', forbidden: ['store', 'storage', 'components', 'browser', 'workers'], packages: REACT, why: 'the extractor is pure' },
  { folder: 'src/timeline', forbidden: ['store', 'storage', 'components', 'browser', 'workers'], packages: REACT, why: 'the timeline geometry is pure' },
  { folder: 'src/store', forbidden: ['components', 'browser'], packages: [], why: 'the store holds no UI (react.ts is only its React binding)' },
  { folder: 'src/storage', forbidden: ['store', 'components'], packages: REACT, why: 'storage is below the store' },
  { folder: 'src/browser', forbidden: ['store', 'storage', 'components'], packages: REACT, why: 'browser I/O helpers are below the store' },
];

const layerRules = LAYERS.map(({ folder, forbidden, packages, why }) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: forbidden.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message: `Layering: ${why}; it must not import ${forbidden.join(', ')}.` },
          ...(packages.length ? [{ group: packages, message: `Layering: ${why}; it must not import React.` }] : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', 'bench-results', 'test-results', 'tests/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Article text is untrusted: never inject it as HTML.' },
      ],
    },
  },
  ...layerRules,
);
