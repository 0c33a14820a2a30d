/** What an adversarial case can get wrong; every suite asserts each list stays empty. */
export interface Failures {
  leaks: string[];
  lostUpdates: string[];
  serverErrors: string[];
  unclearErrors: string[];
  wrongAnswers: string[];
}

export const noFailures: Failures = {
  leaks: [],
  lostUpdates: [],
  serverErrors: [],
  unclearErrors: [],
  wrongAnswers: [],
};

/**
 * What an adversarial suite counts: each case either behaves or adds to one of the failure
 * lists. Tests assert `failures` equals `noFailures` and that enough `cases` ran.
 */
export class Tally {
  cases = 0;
  readonly failures: Failures = {
    leaks: [],
    lostUpdates: [],
    serverErrors: [],
    unclearErrors: [],
    wrongAnswers: [],
  };

  record(kind: keyof Failures, what: string): void {
    this.failures[kind].push(what);
  }
}

/** The parts of a Graph answer the suites read. */
export interface GraphAnswer {
  error?: { code?: string; message?: string };
  value?: { id: string }[];
  '@odata.nextLink'?: string;
}
