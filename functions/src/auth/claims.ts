/**
 * The access-token contract: what the API reads from a verified token, whoever issued it — Cognito
 * in the cloud (custom claims added by the pre-token-generation trigger) or the local issuer.
 *
 * User tokens:    token_use=access, client_id, sub, username, cognito:groups (role names), and
 *                 gongjian:region (every role but the platform admin), gongjian:unit (unit liaison),
 *                 gongjian:member (member).
 * Partner tokens: token_use=access, client_id, sub=client id, scope, gongjian:region — client
 *                 credentials, no username.
 */
export const CLAIM_GROUPS = 'cognito:groups';
export const CLAIM_REGION = 'gongjian:region';
export const CLAIM_UNIT = 'gongjian:unit';
export const CLAIM_MEMBER = 'gongjian:member';

/** The resource server and its scopes, for partner systems (client credentials). */
export const RESOURCE_SERVER = 'gongjian';
export const SCOPE_PUBLIC_READ = `${RESOURCE_SERVER}/public.read`;
export const SCOPE_MEMBER_ACT = `${RESOURCE_SERVER}/member.act`;

/** Cognito group names: exactly the role names. */
export const GROUPS = ['PLATFORM_ADMIN', 'REGION_ADMIN', 'UNIT_LIAISON', 'MEMBER'] as const;
