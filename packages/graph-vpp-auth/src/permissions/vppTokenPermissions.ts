/**
 * The permissions one operation accepts, as alternatives: any ONE delegated scope (`scp`) for a
 * signed-in user, or any ONE app role (`roles`) for an app-only token. `notSupported` means that
 * kind of token is refused whatever it carries.
 */
export interface AcceptedPermissions {
  /** Delegated scopes, any one of which lets a signed-in work or school account call. */
  readonly delegated: readonly string[] | 'notSupported';
  /** Application permissions (app roles), any one of which lets an app-only token call. */
  readonly application: readonly string[] | 'notSupported';
}

/** The vppTokens operations grouped as the docs group their permissions. */
export interface VppTokenPermissionSets {
  /** list and get. */
  readonly read: AcceptedPermissions;
  /** create, update, delete and syncLicenses. */
  readonly write: AcceptedPermissions;
}

const readAll = [
  'DeviceManagementServiceConfig.Read.All',
  'DeviceManagementServiceConfig.ReadWrite.All',
  'DeviceManagementApps.Read.All',
  'DeviceManagementApps.ReadWrite.All',
] as const;
const writeAll = [
  'DeviceManagementServiceConfig.ReadWrite.All',
  'DeviceManagementApps.ReadWrite.All',
] as const;

/**
 * Today's Graph docs: delegated and application alike. Mirrors the spec's
 * `x-graph-vpp-permission-sets.*.current` (checked by test/permissionsAgreeWithSpec.test.ts).
 */
export const vppTokenPermissions: VppTokenPermissionSets = Object.freeze({
  read: Object.freeze({ delegated: readAll, application: readAll }),
  write: Object.freeze({ delegated: writeAll, application: writeAll }),
});

/**
 * The seed's table (the 2018 syncLicenses page): delegated DeviceManagementServiceConfig scopes
 * only, application permissions "Not supported". Mirrors `x-graph-vpp-permission-sets.*.seed`.
 */
export const seedVppTokenPermissions: VppTokenPermissionSets = Object.freeze({
  read: Object.freeze({
    delegated: [
      'DeviceManagementServiceConfig.Read.All',
      'DeviceManagementServiceConfig.ReadWrite.All',
    ],
    application: 'notSupported',
  }),
  write: Object.freeze({
    delegated: ['DeviceManagementServiceConfig.ReadWrite.All'],
    application: 'notSupported',
  }),
});
