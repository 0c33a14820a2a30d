import type { IosVppApp, VppToken } from '../generated/models/index.js';

/**
 * Whether `app` belongs to `vppToken`, as far as Graph v1.0 can tell: v1.0 gives an iosVppApp no
 * `vppTokenId` (beta does), only the owner's Apple ID, organisation name and account type. So an
 * app belongs to a token when its `vppTokenAppleId` and `vppTokenOrganizationName` equal the
 * token's `appleId` and `organizationName` (case-insensitively) and, when both sides carry one,
 * the account types agree.
 *
 * Where this is ambiguous: two vppTokens with the same Apple ID and organisation (for example
 * one token per location in Apple Business Manager, uploaded with the same managed Apple ID)
 * both claim the same apps; a token or app without an Apple ID or organisation matches nothing.
 * Use {@link vppTokensSharingOwner} to detect the first case.
 */
export function vppTokenOwnsApp(
  vppToken: Pick<VppToken, 'appleId' | 'organizationName' | 'vppTokenAccountType'>,
  app: Pick<IosVppApp, 'vppTokenAppleId' | 'vppTokenOrganizationName' | 'vppTokenAccountType'>,
): boolean {
  const accountTypesAgree =
    app.vppTokenAccountType == null ||
    vppToken.vppTokenAccountType == null ||
    app.vppTokenAccountType === vppToken.vppTokenAccountType;
  return (
    sameText(app.vppTokenAppleId, vppToken.appleId) &&
    sameText(app.vppTokenOrganizationName, vppToken.organizationName) &&
    accountTypesAgree
  );
}

/** The other tokens in `vppTokens` that {@link vppTokenOwnsApp} cannot tell apart from `vppToken`. */
export function vppTokensSharingOwner<
  T extends Pick<VppToken, 'id' | 'appleId' | 'organizationName' | 'vppTokenAccountType'>,
>(vppToken: T, vppTokens: readonly T[]): T[] {
  return vppTokens.filter(
    (other) =>
      other.id !== vppToken.id &&
      vppTokenOwnsApp(vppToken, {
        vppTokenAppleId: other.appleId ?? null,
        vppTokenOrganizationName: other.organizationName ?? null,
        vppTokenAccountType: other.vppTokenAccountType ?? null,
      }),
  );
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (
    typeof a === 'string' &&
    typeof b === 'string' &&
    a !== '' &&
    a.toLowerCase() === b.toLowerCase()
  );
}
