// @ts-check
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const typeScriptFiles = ['**/*.ts', '**/*.mts'];
const testFiles = ['**/*.test.ts', '**/test/**/*.ts', '**/e2e/**/*.ts'];

export default tseslint.config(
  {
    // Generated code (Kiota's client, the version modules) is never edited by hand; build
    // output and caches are not source.
    ignores: [
      '**/src/generated/**',
      '**/src/*/generated/**',
      '**/dist/**',
      '**/out-tsc/**',
      '**/test-output/**',
      '**/node_modules/**',
      '.nx/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        crypto: 'readonly',
        fetch: 'readonly',
        Request: 'readonly',
        Response: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  // Type-aware rules for hand-written TypeScript, with each file's own tsconfig (project service).
  {
    files: typeScriptFiles,
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals of numbers and booleans read fine in messages; objects still fail.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // AbortSignal.reason is typed `any`; rejecting with it is what fetch does on abort.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
      // An empty environment variable means "not set" here, so `||` is meant for strings.
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        { ignorePrimitives: { string: true } },
      ],
    },
  },
  // No import cycles, inside a package or across files of one.
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: testFiles,
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-conditional-expect': 'error',
      // vitest's expect(actual, message) names what failed.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // The browser tests check after each test that the page logged no errors.
      'vitest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['afterEach'] }],
      // Test stand-ins implement Promise-returning interfaces; `async` says so most plainly.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // A test's `seen[0]!` fails the test loudly if the element is missing, which is the point.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // TEMP: graph-vpp-fake and the CLI's run.ts/fakeServe.ts are being restructured on another
  // branch, which fixes what the type-aware and stylistic rules find there. The lead removes this
  // block after that merge; the cycle rule and the untyped strict rules stay on meanwhile.
  {
    files: ['packages/graph-vpp-fake/**'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/consistent-indexed-object-style': 'off',
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  {
    files: [
      'packages/graph-vpp-cli/src/run.ts',
      'packages/graph-vpp-cli/src/commands/fakeServe.ts',
    ],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
);
