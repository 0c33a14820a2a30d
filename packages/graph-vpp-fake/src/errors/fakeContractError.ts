/**
 * The fake was about to send a response that its own spec does not allow (strict mode). This is a
 * bug in the fake, in its seed data or in the spec, never a behaviour to assert on: it fails the
 * test instead of letting a drifted response reach the code under test.
 */
export class FakeContractError extends Error {
  override name = 'FakeContractError' as const;

  constructor(
    /** The spec operationId, or undefined for answers to requests no operation matched. */
    readonly operationId: string | undefined,
    readonly status: number,
    /** The JSON pointer of the schema the body was checked against. */
    readonly schemaPointer: string,
    readonly problems: readonly string[],
    readonly body: unknown,
  ) {
    super(
      `graph-vpp-fake sent a ${status} response for ${operationId ?? 'an unmatched request'} that does not match the spec (${schemaPointer}): ${problems.join('; ')}`,
    );
  }
}
