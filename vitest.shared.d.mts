import { type ViteUserConfig } from 'vitest/config';
/** A package's vitest config: tests in `src/**` and `test/**` unless `test.include` says otherwise. */
export declare function packageTestConfig(test?: NonNullable<ViteUserConfig['test']>): ViteUserConfig;
//# sourceMappingURL=vitest.shared.d.mts.map