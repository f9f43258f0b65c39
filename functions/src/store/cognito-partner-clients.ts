import { IDLE_MINUTES } from '../auth/session';
import type { PartnerScope } from '../domain/partners/partner-client';
import type { PartnerClientDirectory, ProviderClient } from '../domain/partners/ports';
import { connectCognito, type CognitoConnection, type DirectoryConfig } from './cognito-client';

/** What Cognito allows in a ClientName: `[\w\s+=,.@-]+`, at most 128. */
export function clientName(label: string): string {
  const safe = label.replace(/[^\w\s+=,.@-]/g, '').replace(/\s+/g, ' ').trim();
  return `partner ${safe}`.trim().slice(0, 128);
}

/**
 * Partner clients as Cognito app clients (IAM-authorised: the API function's role may call exactly these actions
 * on exactly its pool, infra/lib/identity.ts `DIRECTORY_ACTIONS`) — and, with `endpoint` set, the same actions of
 * the local issuer. A client is made as the stack's own partner client is: a secret, the client-credentials flow
 * only, the given scopes, access tokens of 15 minutes, token revocation, no user-existence errors.
 */
export class CognitoPartnerClients implements PartnerClientDirectory {
  constructor(readonly config: DirectoryConfig) {}

  async create(label: string, scopes: readonly PartnerScope[]): Promise<ProviderClient> {
    const { sdk, client } = await this.connect();
    const { UserPoolClient: made } = await client.send(
      new sdk.CreateUserPoolClientCommand({
        UserPoolId: this.config.userPoolId,
        ClientName: clientName(label),
        GenerateSecret: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthScopes: [...scopes],
        SupportedIdentityProviders: ['COGNITO'],
        ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
        AccessTokenValidity: IDLE_MINUTES,
        TokenValidityUnits: { AccessToken: 'minutes' },
        EnableTokenRevocation: true,
        PreventUserExistenceErrors: 'ENABLED',
      }),
    );
    if (!made?.ClientId || !made.ClientSecret) throw new Error('CreateUserPoolClient returned no client id or secret');
    return { clientId: made.ClientId, clientSecret: made.ClientSecret };
  }

  /**
   * AddUserPoolClientSecret, then DeleteUserPoolClientSecret for every other secret (ListUserPoolClientSecrets): the
   * old secret stops at once. A client holds at most two secrets, so a second one left by an interrupted rotation
   * is deleted first.
   */
  async rotateSecret(clientId: string): Promise<string> {
    const { sdk, client } = await this.connect();
    const target = { UserPoolId: this.config.userPoolId, ClientId: clientId };
    const listed = async () => (await client.send(new sdk.ListUserPoolClientSecretsCommand(target))).ClientSecrets ?? [];
    const before = await listed();
    if (before.length >= 2) {
      const oldest = [...before].sort((a, b) => (a.ClientSecretCreateDate?.getTime() ?? 0) - (b.ClientSecretCreateDate?.getTime() ?? 0))[0]!;
      await client.send(new sdk.DeleteUserPoolClientSecretCommand({ ...target, ClientSecretId: oldest.ClientSecretId }));
    }
    const { ClientSecretDescriptor: added } = await client.send(new sdk.AddUserPoolClientSecretCommand(target));
    if (!added?.ClientSecretId || !added.ClientSecretValue) throw new Error('AddUserPoolClientSecret returned no secret');
    for (const secret of await listed()) {
      if (secret.ClientSecretId && secret.ClientSecretId !== added.ClientSecretId) {
        await client.send(new sdk.DeleteUserPoolClientSecretCommand({ ...target, ClientSecretId: secret.ClientSecretId }));
      }
    }
    return added.ClientSecretValue;
  }

  /** DeleteUserPoolClient; a client that is not there is already deleted. */
  async delete(clientId: string): Promise<void> {
    const { sdk, client } = await this.connect();
    try {
      await client.send(new sdk.DeleteUserPoolClientCommand({ UserPoolId: this.config.userPoolId, ClientId: clientId }));
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ResourceNotFoundException')) throw error;
    }
  }

  private connect(): Promise<CognitoConnection> {
    return connectCognito(this.config);
  }
}

/** Where no pool is configured: every partner-client action fails, saying so. */
export const unconfiguredPartnerClients: PartnerClientDirectory = {
  create: notConfigured,
  rotateSecret: notConfigured,
  delete: notConfigured,
};

function notConfigured(): Promise<never> {
  return Promise.reject(new Error('the identity directory is not configured (USER_POOL_ID)'));
}
