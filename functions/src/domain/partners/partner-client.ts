import { SCOPE_MEMBER_ACT, SCOPE_PUBLIC_READ } from '../../auth/claims';
import type { AuditedRecord } from '../audit/audit';

/** The scopes a partner client may be given (functions/src/auth/claims.ts; the pool's resource server has these). */
export const PARTNER_SCOPES = [SCOPE_PUBLIC_READ, SCOPE_MEMBER_ACT] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export const PARTNER_CLIENT_STATES = ['ACTIVE', 'REVOKED'] as const;
export type PartnerClientState = (typeof PARTNER_CLIENT_STATES)[number];

/**
 * A partner system (合作系统: a mobile app's back end, a WeChat mini-program's server, another government system)
 * registered by the platform admin for one region. The identity provider (a Cognito app client with client
 * credentials in the cloud, a client of the local issuer locally) holds its secret; this record holds which
 * region its tokens act in and whether the API still accepts them. The client id is the provider's.
 */
export interface PartnerClient {
  clientId: string;
  regionId: string;
  name: string;
  scopes: PartnerScope[];
  state: PartnerClientState;
  createdAt: string;
  createdBy: string;
  /** The last rotation (the creation until the first). */
  secretRotatedAt: string;
  /** When it was revoked; null while active. */
  revokedAt: string | null;
  version: number;
}

/** The partner client as the region's audit trail records it: the record id is the client id. */
export const PARTNER_CLIENT_AUDIT: AuditedRecord = { type: 'PartnerClient', ignoredFields: [], unitFields: [] };

/** A client just registered or rotated, with its secret (shown once, never stored by this API). */
export interface PartnerClientWithSecret {
  client: PartnerClient;
  clientSecret: string;
}
