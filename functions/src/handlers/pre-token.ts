import type { BasePreTokenGenerationV3TriggerEvent } from 'aws-lambda';
import { CLAIM_MEMBER, CLAIM_REGION, CLAIM_UNIT } from '../auth/claims';

/**
 * Cognito pre-token-generation trigger (event version 3): puts what the API reads into the ACCESS token
 * (functions/src/auth/claims.ts).
 *
 * - A user's token: the custom attributes `custom:region`, `custom:unit`, `custom:member`, set by an
 *   operator (the app clients cannot write them), become `gongjian:region`, `gongjian:unit`,
 *   `gongjian:member`. An attribute that is not set adds no claim. Groups are left as Cognito has them.
 * - A partner's client-credentials token: `gongjian:region` from the partner-client → region mapping in
 *   `PARTNER_REGIONS` (JSON). A client that is not mapped gets no region, and the API refuses its token.
 *
 * It runs on sign-in and on every refresh, so a changed attribute reaches the next access token.
 */

/** The environment variable holding the JSON object `{ "<partner client id>": "<region id>" }`. */
export const PARTNER_REGIONS_ENV = 'PARTNER_REGIONS';

/** Which user attribute becomes which access-token claim. */
export const ATTRIBUTE_CLAIMS: Readonly<Record<string, string>> = {
  'custom:region': CLAIM_REGION,
  'custom:unit': CLAIM_UNIT,
  'custom:member': CLAIM_MEMBER,
};

export const CLIENT_CREDENTIALS_SOURCE = 'TokenGeneration_ClientCredentials';

/**
 * The version-3 event. Cognito sends it for user sign-in and refresh (`TokenGeneration_Authentication`,
 * `…_RefreshTokens`, …) and for client credentials; @types/aws-lambda only names the latter. Cognito may
 * send `groupConfiguration` and `claimsAndScopeOverrideDetails` as null.
 */
export type PreTokenEvent = BasePreTokenGenerationV3TriggerEvent<string>;

export type PartnerRegions = Readonly<Record<string, string>>;

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
 * The event with its response: the claims added to the access token, nothing else changed. With nothing
 * to add, the event is returned as it came (Cognito then issues the tokens unchanged).
 */
export function withGongjianClaims(event: PreTokenEvent, partnerRegions: PartnerRegions): PreTokenEvent {
  const claims = gongjianClaims(event, partnerRegions);
  if (Object.keys(claims).length === 0) return event;
  return {
    ...event,
    response: { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: claims } } },
  };
}

// Read on the first invocation, not on import (the CDK stack imports PARTNER_REGIONS_ENV from here).
let partnerRegions: PartnerRegions | undefined;

export const handler = async (event: PreTokenEvent): Promise<PreTokenEvent> => {
  partnerRegions ??= parsePartnerRegions(process.env[PARTNER_REGIONS_ENV]);
  const result = withGongjianClaims(event, partnerRegions);
  if (event.triggerSource === CLIENT_CREDENTIALS_SOURCE && result === event) {
    // Only the client id: no secret, no personal data. The token is issued, and the API refuses it.
    console.warn(JSON.stringify({ message: 'partner client has no region in PARTNER_REGIONS', clientId: event.callerContext.clientId }));
  }
  return result;
};
