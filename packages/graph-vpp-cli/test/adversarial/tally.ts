import { expect } from 'vitest';

/**
 * What an adversarial suite counts. Each case either behaves or adds to one of the failure
 * counts; the suite ends by asserting every count is zero (and that cases actually ran).
 */
export class Tally {
  cases = 0;
  readonly failures = {
    leaks: [] as string[],
    lostUpdates: [] as string[],
    serverErrors: [] as string[],
    unclearErrors: [] as string[],
    wrongAnswers: [] as string[],
  };

  record(kind: keyof Tally['failures'], what: string): void {
    this.failures[kind].push(what);
  }

  /** Fails listing every bad case; `minCases` guards against a suite that silently ran nothing. */
  expectClean(minCases: number): void {
    expect(this.cases).toBeGreaterThanOrEqual(minCases);
    expect(this.failures).toEqual({
      leaks: [],
      lostUpdates: [],
      serverErrors: [],
      unclearErrors: [],
      wrongAnswers: [],
    });
  }
}
