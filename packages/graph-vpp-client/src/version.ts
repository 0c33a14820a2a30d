// The name and version for the User-Agent, generated from package.json at build
// (src/manifest/generated, drift-checked by check-generated).
export { packageName, packageVersion } from './manifest/generated/version.js';
