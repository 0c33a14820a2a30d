// Generated from package.json by tools/version/version-module.mjs. Do not edit:
// `nx run <package>:version-module` rewrites it (every build runs it first).

/** The package name, as in package.json. */
export const packageName = "graph-vpp-client";
/** The package version, as in package.json (nx release writes it there). */
export const packageVersion = "0.1.0";
