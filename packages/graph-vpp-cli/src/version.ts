// This CLI's version, generated from package.json at build (src/manifest/generated,
// drift-checked by check-generated).
export { packageVersion as cliVersion } from './manifest/generated/version.js';
