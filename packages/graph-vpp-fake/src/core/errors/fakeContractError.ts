/**
 * The fake was about to send a response that its own spec does not allow (strict mode). This is a
 * bug in the fake, in its seed data or in the spec, never a behaviour to assert on: it fails the
 * test instead of letting a drifted response reach the code under test.
 */
export class FakeContractError extends Error {
  /** Always `'FakeContractError'`. */
  override name = 'FakeContractError' as const;

  /** Records the offending response; the message lists every problem. */
  constructor(
    /** The spec operationId, or undefined for answers to requests no operation matched. */
    readonly operationId: string | undefined,
    /** The HTTP status the fake was about to answer with. */
    readonly status: number,
    /** The JSON pointer of the schema the body was checked against. */
    readonly schemaPointer: string,
    /** What did not match, one line per schema error. */
    readonly problems: readonly string[],
    /** The response body that did not match. */
    readonly body: unknown,
  ) {
    super(
      `graph-vpp-fake sent a ${status} response for ${operationId ?? 'an unmatched request'} that does not match the spec (${schemaPointer}): ${problems.join('; ')}`,
    );
  }
}
