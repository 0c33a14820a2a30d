import { defaultTenantId } from '../auth/accessToken.js';

/** A workload-identity trust: tokens from `issuer` about `subject` may sign the app in. */
export interface FederatedCredential {
  /** The `iss` the presented token must carry, e.g. `https://token.actions.githubusercontent.com`. */
  issuer: string;
  /** The `sub` it must carry, e.g. `repo:org/repo:ref:refs/heads/main`. */
  subject: string;
  /** The issuer's RSA public key (PEM `PUBLIC KEY`), used to check the presented token (RS256). */
  publicKey: string;
}

/** An app registration the fake's Entra ID knows (client credentials flow only). */
export interface EntraAppRegistration {
  /** The directory (tenant) the app is registered in: the issued token's `tid`. */
  tenantId: string;
  /** The application (client) id: the issued token's `appid`/`azp`. */
  clientId: string;
  /** A client secret value; compare happens in the fake only, it is never echoed or journaled. */
  clientSecret?: string | undefined;
  /** The certificate (PEM) whose key signs client assertions. */
  certificate?: string | undefined;
  /** A federated credential (workload identity federation) the app trusts. */
  federated?: FederatedCredential | undefined;
  /** Application roles granted (admin-consented) to the app: the issued token's `roles`. */
  roles: readonly string[];
}

/**
 * A registration for demos and the CLI's `--fake`. Its secret is public and works against the
 * fake only: never use it (or anything like it) for a real app.
 */
export const demoAppRegistration: Readonly<EntraAppRegistration> = Object.freeze({
  tenantId: defaultTenantId,
  clientId: '0d3c5a1e-0000-4000-8000-00000000de30',
  clientSecret: 'graph-vpp-fake-demo-secret-not-for-real-apps',
  roles: Object.freeze(['DeviceManagementServiceConfig.ReadWrite.All']),
});
