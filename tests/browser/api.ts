import { DEMO_PASSWORD } from '../../local/issuer';
import { graphqlRequest } from './browser';

/**
 * Test data made straight through the API, as the demo region's admin: a token from the stack's issuer
 * (password grant, as the login page does), kept until a minute before it expires.
 */
const tokens = new Map<string, { token: string; expiresAt: number }>();

export async function accessToken(baseUrl: string, username = 'admin'): Promise<string> {
  const key = `${baseUrl} ${username}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.token;
  const response = await fetch(new URL('/auth/token', baseUrl), {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'gongjian-admin-local', username, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { access_token?: string; expires_in?: number; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`sign-in of ${username} refused: ${body.error_description ?? response.status}`);
  tokens.set(key, { token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 0) * 1000 });
  return body.access_token;
}

const asAdmin = <T>(baseUrl: string, query: string, variables: Record<string, unknown>) =>
  accessToken(baseUrl).then((token) => graphqlRequest<T>(baseUrl, query, variables, token));

export interface CreatedUnit {
  id: string;
  name: string;
  version: number;
}

export async function createUnit(
  baseUrl: string,
  input: { name: string; hostKind?: string; level?: string; allianceRole?: string; parentId?: string; memberCount?: number; fullMemberCount?: number },
): Promise<CreatedUnit> {
  const data = await asAdmin<{ createUnit: CreatedUnit }>(
    baseUrl,
    `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name version } }`,
    { input: { hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT', memberCount: 12, fullMemberCount: 10, ...input } },
  );
  return data.createUnit;
}

export async function updateUnit(baseUrl: string, input: Record<string, unknown> & { id: string; version: number }): Promise<CreatedUnit> {
  const data = await asAdmin<{ updateUnit: CreatedUnit }>(
    baseUrl,
    `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { id name version } }`,
    { input },
  );
  return data.updateUnit;
}

export async function findUnitByName(baseUrl: string, name: string): Promise<CreatedUnit> {
  const data = await asAdmin<{ units: { edges: { node: CreatedUnit }[] } }>(
    baseUrl,
    `query ($name: String!) { units(first: 5, filter: { namePrefix: $name }) { edges { node { id name version } } } }`,
    { name },
  );
  const unit = data.units.edges.map((e) => e.node).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit named ${name}`);
  return unit;
}

export async function deleteUnit(baseUrl: string, unit: { id: string; version: number }): Promise<void> {
  await asAdmin<{ deleteUnit: { id: string } }>(
    baseUrl,
    `mutation ($id: ID!, $version: Int!) { deleteUnit(id: $id, version: $version) { id } }`,
    { id: unit.id, version: unit.version },
  );
}
