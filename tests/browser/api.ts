import { graphqlRequest } from './browser';

/** Test data made straight through the API (the stack signs every caller in as the demo region's admin). */

export interface CreatedUnit {
  id: string;
  name: string;
  version: number;
}

export async function createUnit(
  baseUrl: string,
  input: { name: string; hostKind?: string; level?: string; allianceRole?: string; parentId?: string; memberCount?: number; fullMemberCount?: number },
): Promise<CreatedUnit> {
  const data = await graphqlRequest<{ createUnit: CreatedUnit }>(
    baseUrl,
    `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name version } }`,
    { input: { hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT', memberCount: 12, fullMemberCount: 10, ...input } },
  );
  return data.createUnit;
}

export async function updateUnit(baseUrl: string, input: Record<string, unknown> & { id: string; version: number }): Promise<CreatedUnit> {
  const data = await graphqlRequest<{ updateUnit: CreatedUnit }>(
    baseUrl,
    `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { id name version } }`,
    { input },
  );
  return data.updateUnit;
}

export async function findUnitByName(baseUrl: string, name: string): Promise<CreatedUnit> {
  const data = await graphqlRequest<{ units: { edges: { node: CreatedUnit }[] } }>(
    baseUrl,
    `query ($name: String!) { units(first: 5, filter: { namePrefix: $name }) { edges { node { id name version } } } }`,
    { name },
  );
  const unit = data.units.edges.map((e) => e.node).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit named ${name}`);
  return unit;
}
