export { runCli, type CliIo } from './run.js';
export { exitCodes, CliError, UsageError, type ExitCode } from './exitCodes.js';
export { parseCliArgs, usage, type CliCommand } from './args/parseCliArgs.js';
export type { CheckSettings, RenewSettings } from './args/parseCheckArgs.js';
export type { LicensesSettings } from './args/parseLicensesArgs.js';
export type { LicenseFormat } from './licenses/licenseFormats.js';
export type { CheckLevel, CheckThresholds } from './check/classifyVppToken.js';
export type { CheckFormat } from './check/formats/index.js';
export {
  RequestBudget,
  budgetedFetch,
  intuneLimits,
  type BudgetLimit,
} from './budget/requestBudget.js';
export { cliVersion } from './version.js';
