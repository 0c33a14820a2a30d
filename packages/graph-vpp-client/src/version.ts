/** This package's version, for the User-Agent. A test keeps it equal to package.json. */
export const packageVersion = '0.1.0';
export const packageName = 'graph-vpp-client';
