/**
 * The wire value of an enum property, including values this client's spec does not know yet.
 *
 * Kiota's generated code turns an unknown enum value into `undefined`; this client keeps it in
 * `additionalData` under the same name. `enumValue(token, 'state')` returns `token.state` when it
 * is a known member, otherwise the raw string (e.g. a new `state` Intune adds later).
 */
export function enumValue<
  T extends {
    /** Where the client keeps properties and enum values it does not know. */
    additionalData?: Record<string, unknown> | undefined;
  },
  K extends keyof T & string,
>(model: T, property: K): Exclude<T[K], null> | (string & {}) | undefined {
  const known = model[property];
  if (known !== undefined && known !== null) return known as Exclude<T[K], null>;
  const raw = model.additionalData?.[property];
  return typeof raw === 'string' ? raw : undefined;
}
