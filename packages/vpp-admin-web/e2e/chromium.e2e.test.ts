import { expect, it } from 'vitest';
import { chromiumInstalled, chromiumPath } from './support/chromium.js';

// scripts/e2e.mjs only gets here without Chromium when CI=true: then this must fail, not skip.
it(`finds Chromium at ${chromiumPath} (apt-get install chromium)`, () => {
  expect(
    chromiumInstalled(),
    `${chromiumPath} not found: install it with apt-get install chromium`,
  ).toBe(true);
});
