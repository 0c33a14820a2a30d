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
  // TEMP: files merged from branches written before type-aware lint landed; each entry goes when
  // its findings are fixed (tracked in issue 10's closing note). New files must not join it.
  {
    files: [
      'packages/graph-vpp-fake/src/adapters/browser/setupVppFakeWorker.ts',
      'packages/graph-vpp-fake/src/adapters/http/serveVppFake.ts',
      'packages/graph-vpp-fake/src/adapters/http/startVppFakeServer.ts',
      'packages/graph-vpp-fake/src/adapters/msw/unhandledRequests.test.ts',
      'packages/graph-vpp-fake/src/core/clock/fakeClock.test.ts',
      'packages/graph-vpp-fake/src/core/clock/fakeClock.ts',
      'packages/graph-vpp-fake/src/core/contract/requestBody.ts',
      'packages/graph-vpp-fake/src/core/fakeState.ts',
      'packages/graph-vpp-fake/src/core/odata/queryOptions.ts',
      'packages/graph-vpp-fake/src/core/routing/routeTable.ts',
      'packages/graph-vpp-fake/src/core/throttling/throttle.ts',
      'packages/graph-vpp-fake/src/spec/permissions.test.ts',
      'packages/graph-vpp-fake/test/auth.test.ts',
      'packages/graph-vpp-fake/test/clientContract.test.ts',
      'packages/graph-vpp-fake/test/faults.test.ts',
      'packages/graph-vpp-fake/test/listing.test.ts',
      'packages/graph-vpp-fake/test/nodeHelper.test.ts',
      'packages/graph-vpp-fake/test/routing.test.ts',
      'packages/graph-vpp-fake/test/state.test.ts',
      'packages/graph-vpp-fake/test/strictMode.test.ts',
      'packages/graph-vpp-fake/test/support/requests.ts',
      'packages/graph-vpp-fake/test/sync.test.ts',
      'packages/graph-vpp-fake/test/throttling.test.ts',
      'tools/spec/check-security.test.ts',
    ],
    rules: {
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-deprecated': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/prefer-optional-chain': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'vitest/no-conditional-expect': 'off',
    },
  },
);
