import { AdminGetUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { BasePreTokenGenerationV3TriggerEvent, ClaimsAndScopeOverrideDetailsV3 } from 'aws-lambda';
import { CLAIM_MEMBER, CLAIM_REGION, CLAIM_UNIT } from '../auth/claims';
import { CLAIM_MFA_SETUP, MFA_SETUP_REQUIRED, grantedGroups, needsAuthenticator } from '../auth/mfa';
import { activePartnerRegion } from '../domain/partners/acceptance';
import { SERVICES } from '../observability/logger';
import { createDocumentClient } from '../store/clients';
import { PartnerClientRepository } from '../store/partner-client-repository';
import { regionSuspended } from '../store/region-repository';
import { SUSPENDED_MESSAGE } from '../auth/region-gate';
import { lambdaTrigger, triggerReportOf, type TriggerReport } from '../observability/trigger';

/**
 * Cognito pre-token-generation trigger (event version 3): puts what the API reads into the ACCESS token
 * (functions/src/auth/claims.ts), and keeps the admin roles out of the tokens of an admin without an
 * authenticator (functions/src/auth/mfa.ts).
 *
 * - A user's token: the custom attributes `custom:region`, `custom:unit`, `custom:member`, set by an
 *   operator (the app clients cannot write them), become `gongjian:region`, `gongjian:unit`,
 *   `gongjian:member`, and `name` is copied as it is. An attribute that is not set adds no claim.
 * - MFA for admins: when the user's groups include PLATFORM_ADMIN or REGION_ADMIN, Cognito is asked
 *   (AdminGetUser) whether the user has enrolled an authenticator (`SOFTWARE_TOKEN_MFA` in
 *   `UserMFASettingList`). Without one, those groups are withheld (`groupOverrideDetails`) and both the
 *   ID and the access token carry `gongjian:mfa_setup=required`: the token is good for enrolment only.
 *   Other groups are left as Cognito has them.
 * - A partner's client-credentials token: `gongjian:region` from the partner-client → region mapping in
 *   `PARTNER_REGIONS` (JSON: the stack's own partner client and any mapped by deployment), else from the client's
 *   PartnerClient item in the table (registered by the platform admin: `registerPartnerClient`). A client that is
 *   neither mapped nor registered, or one revoked, gets no token: the trigger throws and Cognito refuses the
 *   request. So does a failed read of the item (fail closed). Without `TABLE_NAME` (no table bound) only the
 *   mapping is read, and an unmapped client gets a token without region, which the API refuses.
 *
 * It runs on sign-in and on every refresh, so a changed attribute, group or MFA setting reaches the next
 * access token, at the latest 15 minutes later.
 */

/** The environment variable holding the JSON object `{ "<partner client id>": "<region id>" }`. */
export const PARTNER_REGIONS_ENV = 'PARTNER_REGIONS';

/**
 * Which user attribute becomes which access-token claim. `name` too: Cognito puts it only into the ID
 * token, and the API shows the signed-in user by it (viewer.displayName), as the local issuer's tokens do.
 */
export const ATTRIBUTE_CLAIMS: Readonly<Record<string, string>> = {
  name: 'name',
  'custom:region': CLAIM_REGION,
  'custom:unit': CLAIM_UNIT,
  'custom:member': CLAIM_MEMBER,
};

export const CLIENT_CREDENTIALS_SOURCE = 'TokenGeneration_ClientCredentials';

/** The entry of AdminGetUser's `UserMFASettingList` for an enrolled authenticator app. */
export const SOFTWARE_TOKEN_MFA = 'SOFTWARE_TOKEN_MFA';

/**
 * The version-3 event. Cognito sends it for user sign-in and refresh (`TokenGeneration_Authentication`,
 * `…_RefreshTokens`, …) and for client credentials; @types/aws-lambda only names the latter. Cognito may
 * send `groupConfiguration` and `claimsAndScopeOverrideDetails` as null.
 */
export type PreTokenEvent = BasePreTokenGenerationV3TriggerEvent<string>;

export type PartnerRegions = Readonly<Record<string, string>>;

/**
 * The port to Cognito: has this user enrolled an authenticator app? Rejects when it cannot tell.
 * In the Lambda it is AdminGetUser ({@link cognitoAuthenticatorLookup}); tests pass their own.
 */
export type AuthenticatorLookup = (userPoolId: string, username: string) => Promise<boolean>;

/** Reads `PARTNER_REGIONS`; unset means no partner has a region. A malformed value stops the function. */
export function parsePartnerRegions(json: string | undefined): PartnerRegions {
  if (json === undefined || json.trim() === '') return {};
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${PARTNER_REGIONS_ENV} must be a JSON object of client id → region id`);
  }
  for (const [clientId, region] of Object.entries(value)) {
    if (typeof region !== 'string' || region === '') {
      throw new Error(`${PARTNER_REGIONS_ENV}: the region of client '${clientId}' must be a non-empty string`);
    }
  }
  return value as PartnerRegions;
}

/** The groups Cognito would put into a user's tokens (none for client credentials). */
export function userGroups(event: PreTokenEvent): string[] {
  if (event.triggerSource === CLIENT_CREDENTIALS_SOURCE) return [];
  const groups: unknown = event.request.groupConfiguration?.groupsToOverride;
  return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [];
}

/** Does this event need to know whether the user has an authenticator (a user in an admin group)? */
export const needsAuthenticatorCheck = (event: PreTokenEvent): boolean => needsAuthenticator(userGroups(event));

/** The claims to add to the access token for this event; empty when there is nothing to add. */
export function gongjianClaims(event: PreTokenEvent, partnerRegions: PartnerRegions): Record<string, string> {
  if (event.triggerSource === CLIENT_CREDENTIALS_SOURCE) {
    const region = Object.hasOwn(partnerRegions, event.callerContext.clientId)
      ? partnerRegions[event.callerContext.clientId]
      : undefined;
    return region ? { [CLAIM_REGION]: region } : {};
  }
  const attributes = event.request.userAttributes ?? {};
  const claims: Record<string, string> = {};
  for (const [attribute, claim] of Object.entries(ATTRIBUTE_CLAIMS)) {
    const value = attributes[attribute];
    if (typeof value === 'string' && value !== '') claims[claim] = value;
  }
  return claims;
}

/**
 * What the trigger changes in the tokens, decided from the event alone: the gongjian claims in the access
 * token and, for a user whose groups need an authenticator (`hasAuthenticator` is only read then) but who
 * has none, the groups without the admin ones plus `gongjian:mfa_setup=required` in both tokens. Null
 * when nothing changes.
 */
export function tokenOverrides(
  event: PreTokenEvent,
  partnerRegions: PartnerRegions,
  hasAuthenticator: boolean,
): ClaimsAndScopeOverrideDetailsV3 | null {
  const claims = gongjianClaims(event, partnerRegions);
  const groups = userGroups(event);
  const granted = needsAuthenticator(groups) ? grantedGroups(groups, hasAuthenticator) : { groups, withheld: [] };
  if (granted.withheld.length > 0) {
    const mfaSetup = { [CLAIM_MFA_SETUP]: MFA_SETUP_REQUIRED };
    return {
      idTokenGeneration: { claimsToAddOrOverride: mfaSetup },
      accessTokenGeneration: { claimsToAddOrOverride: { ...claims, ...mfaSetup } },
      groupOverrideDetails: { groupsToOverride: granted.groups },
    };
  }
  if (Object.keys(claims).length === 0) return null;
  return { accessTokenGeneration: { claimsToAddOrOverride: claims } };
}

/**
 * The event with its response (see {@link tokenOverrides}). With nothing to change, the event is returned
 * as it came (Cognito then issues the tokens unchanged).
 */
export function withGongjianClaims(event: PreTokenEvent, partnerRegions: PartnerRegions, hasAuthenticator: boolean): PreTokenEvent {
  const overrides = tokenOverrides(event, partnerRegions, hasAuthenticator);
  if (!overrides) return event;
  return { ...event, response: { claimsAndScopeOverrideDetails: overrides } };
}

/**
 * AdminGetUser against the pool that sent the event. Short timeouts and one retry: Cognito gives the
 * trigger 5 seconds, and an answer that comes too late must end as "no authenticator", not as a failed
 * sign-in.
 */
export function cognitoAuthenticatorLookup(client: CognitoIdentityProviderClient = cognitoClient()): AuthenticatorLookup {
  return async (userPoolId, username) => {
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
    return (user.UserMFASettingList ?? []).includes(SOFTWARE_TOKEN_MFA);
  };
}

/** The Cognito client of {@link cognitoAuthenticatorLookup}: short timeouts, one retry. */
export const cognitoClient = (): CognitoIdentityProviderClient =>
  new CognitoIdentityProviderClient({ maxAttempts: 2, requestHandler: { connectionTimeout: 500, requestTimeout: 1_000 } });

/** The region of a registered, ACTIVE partner client; null for one unknown or revoked. Rejects when it cannot tell. */
export type PartnerClientRegionLookup = (clientId: string) => Promise<string | null>;

/** Thrown for a client-credentials request of a client neither mapped nor registered and active: Cognito issues no token. */
export class PartnerClientRefusedError extends Error {
  override readonly name = 'PartnerClientRefusedError';
  constructor(readonly clientId: string) {
    super(`partner client ${clientId} is not registered or has been revoked`);
  }
}

/** Thrown for a user or partner of a suspended region: Cognito issues no token and shows the message. */
export class RegionSuspendedError extends Error {
  override readonly name = 'RegionSuspendedError';
  constructor() {
    super(SUSPENDED_MESSAGE);
  }
}

export interface PreTokenDependencies {
  lookupAuthenticator: AuthenticatorLookup;
  /** Whether a region is suspended (its marker item); without it no region is refused. Rejects when it cannot tell. */
  regionSuspended?: (regionId: string) => Promise<boolean>;
  partnerRegions: () => PartnerRegions;
  /** Registered partner clients (the table); without it only `partnerRegions` is read. */
  partnerClientRegion?: PartnerClientRegionLookup;
  /** @default the trigger's Powertools logger and TriggerFailures metric, from the environment */
  report?: TriggerReport;
}

/** The handler over its two dependencies; the Lambda's own is {@link handler}. */
export function createPreTokenHandler(deps: PreTokenDependencies): (event: PreTokenEvent) => Promise<PreTokenEvent> {
  const report = deps.report ?? triggerReportOf(SERVICES.preToken);
  return async (event) => {
    let hasAuthenticator = false;
    if (needsAuthenticatorCheck(event)) {
      const sub = event.request.userAttributes?.sub;
      try {
        hasAuthenticator = await deps.lookupAuthenticator(event.userPoolId, event.userName);
        if (!hasAuthenticator) {
          report.logger.info('no authenticator enrolled: admin groups withheld (enrolment only)', { sub });
        }
      } catch (error) {
        // Fail closed: without proof of an authenticator the admin groups are withheld. Granting them
        // would let an admin without MFA in whenever Cognito does not answer, which is the very case the
        // baseline rules out; withholding costs a token that is good for enrolment only, and the next
        // refresh (or sign-in) asks again. The error name only: no personal data in the log. A failure the
        // operator must hear of (TriggerFailures): while it lasts no admin gets an admin token.
        report.failure('AdminGetUser failed: admin groups withheld', { error: (error as Error).name, sub });
      }
    }
    let partnerRegions = deps.partnerRegions();
    const clientId = event.callerContext.clientId;
    if (event.triggerSource === CLIENT_CREDENTIALS_SOURCE && deps.partnerClientRegion && !Object.hasOwn(partnerRegions, clientId)) {
      let region: string | null;
      try {
        region = await deps.partnerClientRegion(clientId);
      } catch (error) {
        report.failure('partner client lookup failed: no token issued', { error: (error as Error).name, clientId });
        throw error;
      }
      if (!region) {
        report.logger.warn('partner client not registered or revoked: no token issued', { clientId });
        throw new PartnerClientRefusedError(clientId);
      }
      partnerRegions = { ...partnerRegions, [clientId]: region };
    }
    const result = withGongjianClaims(event, partnerRegions, hasAuthenticator);
    await refuseSuspendedRegion(result, deps, report);
    if (event.triggerSource === CLIENT_CREDENTIALS_SOURCE && result === event) {
      // Only the client id: no secret, no personal data. The token is issued, and the API refuses it.
      report.logger.warn('partner client has no region in PARTNER_REGIONS', { clientId: event.callerContext.clientId });
    }
    return result;
  };
}

/**
 * A suspended region's people and partner systems get no token, at sign-in or refresh (the API refuses the tokens they
 * hold within a minute, auth/region-gate.ts). Checked after the password proved who it is, so the answer tells
 * nothing to someone guessing usernames. An unknown state refuses too (fail closed, as the lockout does).
 */
async function refuseSuspendedRegion(result: PreTokenEvent, deps: PreTokenDependencies, report: TriggerReport): Promise<void> {
  const region = result.response.claimsAndScopeOverrideDetails?.accessTokenGeneration?.claimsToAddOrOverride?.[CLAIM_REGION];
  if (!deps.regionSuspended || typeof region !== 'string') return;
  let suspended: boolean;
  try {
    suspended = await deps.regionSuspended(region);
  } catch (error) {
    report.failure('region state lookup failed: no token issued', { error: (error as Error).name });
    throw error;
  }
  if (suspended) {
    report.logger.warn('region suspended: no token issued', { region });
    throw new RegionSuspendedError();
  }
}

// Read on the first invocation, not on import (the CDK stack imports PARTNER_REGIONS_ENV from here).
let partnerRegions: PartnerRegions | undefined;
let lookup: AuthenticatorLookup | undefined;
let partnerClients: PartnerClientRepository | undefined;
let documentClient: ReturnType<typeof createDocumentClient> | undefined;

export const handler = lambdaTrigger(
  SERVICES.preToken,
  (report, tracing) => {
    // The stack binds the table for GetItem on PARTNERCLIENT# and the suspension markers' keys only (infra/lib/identity.ts).
    const table = process.env.TABLE_NAME;
    const client = () => {
      if (documentClient) return documentClient;
      const made = createDocumentClient({ dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT || undefined });
      return (documentClient = tracing ? tracing.instrument(made) : made);
    };
    return createPreTokenHandler({
      lookupAuthenticator: (userPoolId, username) =>
        (lookup ??= cognitoAuthenticatorLookup(tracing ? tracing.instrument(cognitoClient()) : cognitoClient()))(userPoolId, username),
      partnerRegions: () => (partnerRegions ??= parsePartnerRegions(process.env[PARTNER_REGIONS_ENV])),
      partnerClientRegion: table ? (clientId) => activePartnerRegion((partnerClients ??= new PartnerClientRepository(client(), table)), clientId) : undefined,
      regionSuspended: table ? (regionId) => regionSuspended(client(), table, regionId) : undefined,
      report,
    });
  },
  // A suspended region's sign-in is refused deliberately: not a failure of the trigger.
  (error) => error instanceof RegionSuspendedError,
);
