import type * as AzureIdentity from '@azure/identity';
import { CliError, exitCodes } from '../exitCodes.js';

/** The app registration `--client-credentials` signs in as, read from @azure/identity's variables. */
export type AppSignIn =
  | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string }
  | {
      kind: 'certificate';
      tenantId: string;
      clientId: string;
      certificatePath: string;
      certificatePassword: string | undefined;
    }
  | { kind: 'federated'; tenantId: string; clientId: string; tokenFilePath: string };

/** The variables that each give the app's proof, in the order @azure/identity's EnvironmentCredential tries them. */
const proofVariables = [
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PATH',
  'AZURE_FEDERATED_TOKEN_FILE',
] as const;

/**
 * Reads `--client-credentials`' app from the environment (the same variable names as
 * @azure/identity's EnvironmentCredential, so a runner configured for Azure tools works as is).
 * Throws exit 3 naming exactly what is missing or ambiguous; never echoes a value.
 */
export function appSignInFromEnv(env: Record<string, string | undefined>): AppSignIn {
  // An empty variable is what an unset repository secret becomes in CI: treat it as missing.
  const value = (name: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const tenantId = value('AZURE_TENANT_ID');
  const clientId = value('AZURE_CLIENT_ID');
  const proofs = proofVariables.filter((name) => value(name) !== undefined);
  const missing = [
    ...(tenantId === undefined ? ['AZURE_TENANT_ID (the directory (tenant) id)'] : []),
    ...(clientId === undefined
      ? ["AZURE_CLIENT_ID (the app registration's application (client) id)"]
      : []),
    ...(proofs.length === 0
      ? [
          'one of AZURE_CLIENT_SECRET (a client secret), AZURE_CLIENT_CERTIFICATE_PATH (a PEM file with the private key and certificate) or AZURE_FEDERATED_TOKEN_FILE (a file holding a federated token, e.g. GitHub OIDC)',
        ]
      : []),
  ];
  if (missing.length > 0)
    throw new CliError(
      `--client-credentials signs in as an app registration, but these environment variables are not set: ${missing.join('; ')}.\nSet them (in CI as secrets or variables), or choose another sign-in (graph-vpp --help).`,
      exitCodes.auth,
    );
  if (proofs.length > 1)
    throw new CliError(
      `--client-credentials found ${proofs.join(' and ')} both set; set only the one this app should use, so it is clear which proof is sent.`,
      exitCodes.auth,
    );
  if (
    value('AZURE_CLIENT_CERTIFICATE_PASSWORD') !== undefined &&
    proofs[0] !== 'AZURE_CLIENT_CERTIFICATE_PATH'
  )
    throw new CliError(
      'AZURE_CLIENT_CERTIFICATE_PASSWORD is set but AZURE_CLIENT_CERTIFICATE_PATH is not: set the certificate file too, or unset the password.',
      exitCodes.auth,
    );
  const ids = { tenantId: tenantId ?? '', clientId: clientId ?? '' };
  const secret = value('AZURE_CLIENT_SECRET');
  if (secret !== undefined) return { kind: 'secret', ...ids, clientSecret: secret };
  const certificatePath = value('AZURE_CLIENT_CERTIFICATE_PATH');
  if (certificatePath !== undefined)
    return {
      kind: 'certificate',
      ...ids,
      certificatePath,
      certificatePassword: value('AZURE_CLIENT_CERTIFICATE_PASSWORD'),
    };
  return { kind: 'federated', ...ids, tokenFilePath: value('AZURE_FEDERATED_TOKEN_FILE') ?? '' };
}

type Identity = typeof AzureIdentity;
type CommonCredentialOptions = ConstructorParameters<Identity['ClientSecretCredential']>[3];

/**
 * The real @azure/identity credential for the app. `options` carries the cloud's authority host
 * (and, against the fake, the HTTP client that reaches it).
 */
export function appCredential(
  identity: Identity,
  app: AppSignIn,
  options: NonNullable<CommonCredentialOptions>,
) {
  if (app.kind === 'secret')
    return new identity.ClientSecretCredential(
      app.tenantId,
      app.clientId,
      app.clientSecret,
      options,
    );
  if (app.kind === 'certificate')
    return new identity.ClientCertificateCredential(
      app.tenantId,
      app.clientId,
      {
        certificatePath: app.certificatePath,
        ...(app.certificatePassword === undefined
          ? {}
          : { certificatePassword: app.certificatePassword }),
      },
      options,
    );
  return new identity.WorkloadIdentityCredential({
    ...options,
    tenantId: app.tenantId,
    clientId: app.clientId,
    tokenFilePath: app.tokenFilePath,
  });
}
