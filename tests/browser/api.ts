import { checkCharacter, genderOf } from '../../functions/src/domain/members/id-number';
import { signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { graphqlRequest } from './browser';

/**
 * Test data made straight through the API, as the demo region's admin: a token from the stack's issuer
 * (SRP sign-in and the authenticator code, as the login page does), kept until a minute before it expires.
 */
const tokens = new Map<string, { token: string; expiresAt: number }>();

export async function accessToken(baseUrl: string, username = 'admin'): Promise<string> {
  const key = `${baseUrl} ${username}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.token;
  const session = await signInWithPassword(baseUrl, { username, password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET });
  tokens.set(key, { token: session.accessToken, expiresAt: Date.now() + session.expiresIn * 1000 });
  return session.accessToken;
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
  input: { name: string; hostKind?: string; level?: string; allianceRole?: string; parentId?: string },
): Promise<CreatedUnit> {
  const data = await asAdmin<{ createUnit: CreatedUnit }>(
    baseUrl,
    `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name version } }`,
    { input: { hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT', ...input } },
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

export interface CreatedMeeting {
  id: string;
  title: string;
  version: number;
}

/** A draft meeting, straight through the API (times as ISO instants). */
export async function createMeeting(
  baseUrl: string,
  input: { title: string; kind: string; startsAt: string; endsAt: string } & Record<string, unknown>,
): Promise<CreatedMeeting> {
  const data = await asAdmin<{ createMeeting: CreatedMeeting }>(
    baseUrl,
    `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id title version } }`,
    { input },
  );
  return data.createMeeting;
}

export async function deleteUnit(baseUrl: string, unit: { id: string; version: number }): Promise<void> {
  await asAdmin<{ deleteUnit: { id: string } }>(
    baseUrl,
    `mutation ($id: ID!, $version: Int!) { deleteUnit(id: $id, version: $version) { id } }`,
    { id: unit.id, version: unit.version },
  );
}

export async function createPairing(
  baseUrl: string,
  input: { unitId: string; communityId: string; startsOn: string; content: string },
): Promise<{ id: string; version: number }> {
  const data = await asAdmin<{ createPairing: { id: string; version: number } }>(
    baseUrl,
    `mutation ($input: CreatePairingInput!) { createPairing(input: $input) { id version } }`,
    { input },
  );
  return data.createPairing;
}

export interface CreatedMember {
  id: string;
  name: string;
  idNumber: string;
  version: number;
}

/**
 * A valid 居民身份证号码 (GB 11643) for a birth date: area 110105, a 3-digit sequence (odd for men) and the
 * check character the API computes. Random sequences keep numbers of one run apart (unique per region).
 */
export function idNumberFor(birthDate: string, sequence = String(Math.floor(Math.random() * 1000)).padStart(3, '0')): string {
  const first17 = `110105${birthDate.replaceAll('-', '')}${sequence}`;
  return `${first17}${checkCharacter(first17)}`;
}

export async function createMember(
  baseUrl: string,
  input: {
    name: string;
    unitId: string;
    birthDate?: string;
    idNumber?: string;
    category?: string;
    status?: string;
    joinedOn?: string;
    communityId?: string;
    roles?: string[];
  },
): Promise<CreatedMember> {
  const birthDate = input.birthDate ?? `19${50 + Math.floor(Math.random() * 40)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  const idNumber = input.idNumber ?? idNumberFor(birthDate);
  const data = await asAdmin<{ createMember: CreatedMember }>(
    baseUrl,
    `mutation ($input: CreateMemberInput!) { createMember(input: $input) { id name idNumber version } }`,
    {
      input: {
        gender: genderOf(idNumber),
        status: 'FULL',
        joinedOn: '2010-07-01',
        category: 'IN_SERVICE',
        ...input,
        birthDate,
        idNumber,
      },
    },
  );
  return data.createMember;
}

export interface CreatedResource {
  id: string;
  title: string;
  quantityLeft: number;
  version: number;
}

/** A resource (资源清单) a unit offers, this year unless told. */
export async function createResource(
  baseUrl: string,
  input: { unitId: string; title: string; type: string; quantity: number; quantityUnit: string; year?: number; contactName?: string },
): Promise<CreatedResource> {
  const data = await asAdmin<{ createResource: CreatedResource }>(
    baseUrl,
    `mutation ($input: CreateResourceInput!) { createResource(input: $input) { id title quantityLeft version } }`,
    { input: { year: new Date().getFullYear(), ...input } },
  );
  return data.createResource;
}

/** A quantity of a resource for a project (claimResource), as the secretariat. */
export async function claimResource(baseUrl: string, input: { resourceId: string; projectId: string; quantity: number }): Promise<{ id: string }> {
  const data = await asAdmin<{ claimResource: { id: string } }>(
    baseUrl,
    `mutation ($input: ClaimResourceInput!) { claimResource(input: $input) { id } }`,
    { input },
  );
  return data.claimResource;
}

/** A need (需求清单) of a community, this year unless told, as the secretariat. */
export async function createNeed(
  baseUrl: string,
  input: { communityUnitId: string; title: string; category?: string; source?: string; year?: number },
): Promise<{ id: string; title: string; version: number }> {
  const data = await asAdmin<{ createNeed: { id: string; title: string; version: number } }>(
    baseUrl,
    `mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id title version } }`,
    { input: { year: new Date().getFullYear(), category: '养老', source: 'RESIDENTS', ...input } },
  );
  return data.createNeed;
}

/** 对接: a project from a need with some of the resources' quantities, as the secretariat (申报). */
export async function createProjectFromNeed(
  baseUrl: string,
  input: { needId: string; title: string; resources: { resourceId: string; quantity: number }[]; startsOn?: string; targetOn?: string },
): Promise<{ id: string; title: string; version: number }> {
  const data = await asAdmin<{ createProjectFromNeed: { id: string; title: string; version: number } }>(
    baseUrl,
    `mutation ($input: CreateProjectFromNeedInput!) { createProjectFromNeed(input: $input) { id title version } }`,
    { input },
  );
  return data.createProjectFromNeed;
}

/** 公示: a need, resource or project on the region's public page, as the secretariat. */
export async function publish(baseUrl: string, id: string): Promise<void> {
  await asAdmin(baseUrl, `mutation ($id: ID!) { publish(id: $id) { recordId } }`, { id });
}
