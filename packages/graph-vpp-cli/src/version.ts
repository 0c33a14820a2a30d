/** This CLI's version; a test keeps it equal to package.json. */
export const cliVersion = '0.1.0';
