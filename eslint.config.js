import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import compat from 'eslint-plugin-compat';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Web APIs the floor engine (package.json "browserslist") lacks, unless polyfilled.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { compat },
    settings: {
      // src/polyfills.ts adds AbortController; core-js adds the language built-ins in the
      // legacy build (plugin-legacy detects their use).
      polyfills: ['AbortController', 'Object.entries', 'Object.values', 'Promise.prototype.finally', 'String.prototype.padStart'],
    },
    rules: { 'compat/compat': 'error' },
  },
  {
    // Scripts injected into benchmark pages run in the browser.
    files: ['bench/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['sandbox/**', 'scripts/**', 'tests/**', 'relay/**', 'bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
