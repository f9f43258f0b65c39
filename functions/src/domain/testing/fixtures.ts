import { createHash } from 'node:crypto';
import type { RegionPrincipal } from '../../auth/principal';
import { createUpload } from '../files/service';
import { composeIdNumber } from '../members/id-number';
import type { Member } from '../members/member';
import { createMember } from '../members/service';
import { createUnit } from '../units/service';
import type { Unit } from '../units/unit';
import type { MemoryPorts } from './memory-ports';
import { regionAdmin } from './principals';

/** A region as the seed makes it, and its secretariat admin. */
export async function givenRegion(ports: MemoryPorts, regionId = 'r-1'): Promise<{ regionId: string; admin: RegionPrincipal }> {
  await ports.regions.createIfAbsent({ id: regionId, name: `${regionId} 街道`, level: 'STREET', createdAt: ports.now().toISOString() });
  return { regionId, admin: regionAdmin(regionId) };
}

let unitNumber = 0;

/** A valid createUnit input: an enterprise's branch, a fresh name each time. */
export function unitInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  unitNumber += 1;
  return {
    name: `测试单位${unitNumber}`,
    hostKind: 'ENTERPRISE',
    level: 'BRANCH',
    allianceRole: 'MEMBER_UNIT',
    ...overrides,
  };
}

/** The other side of a pairing: a community's party organisation. */
export const COMMUNITY = { hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' } as const;

/** A unit made by the createUnit use case (so it is counted and audited as any other). */
export const givenUnit = (ports: MemoryPorts, admin: RegionPrincipal, overrides: Record<string, unknown> = {}): Promise<Unit> =>
  createUnit(admin, unitInput(overrides), ports);

let memberNumber = 0;

/**
 * A valid createMember input in `unitId`: a full, in-service man born 1980-01-02 with a fresh valid ID
 * number each time (overrides that change the birth date or gender must bring a matching number).
 */
export function memberInput(unitId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  memberNumber += 1;
  const birthDate = '1980-01-02';
  return {
    name: `党员${memberNumber}`,
    gender: 'MALE',
    birthDate,
    idNumber: composeIdNumber('110105', birthDate, (memberNumber * 2 + 1) % 1000),
    phone: '13812345678',
    status: 'FULL',
    joinedOn: '2005-07-01',
    category: 'IN_SERVICE',
    unitId,
    ...overrides,
  };
}

/** A member made by the createMember use case (so it is counted in its unit and audited). */
export const givenMember = (ports: MemoryPorts, admin: RegionPrincipal, unitId: string, overrides: Record<string, unknown> = {}): Promise<Member> =>
  createMember(admin, memberInput(unitId, overrides), ports);

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** A small PDF-looking file: every byte value, so an encoding slip would change its hash. */
export const PDF_BYTES = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...Array.from({ length: 256 }, (_, i) => i)]);

/**
 * An upload announced by createUpload (declaring `bytes`), and — unless `arrives` is false — the bytes
 * that then arrive in the bucket (`sent`, by default the declared ones, with `sentType`).
 */
export async function givenUpload(
  ports: MemoryPorts,
  principal: RegionPrincipal,
  options: { bytes?: Uint8Array; contentType?: string; fileName?: string; sent?: Uint8Array; sentType?: string; arrives?: boolean } = {},
): Promise<string> {
  const bytes = options.bytes ?? PDF_BYTES;
  const contentType = options.contentType ?? 'application/pdf';
  const { uploadId } = await createUpload(
    principal,
    { fileName: options.fileName ?? '报到登记表.pdf', contentType, size: bytes.length, sha256: sha256Hex(bytes) },
    ports,
  );
  if (options.arrives !== false) ports.memory.arrive(principal.regionId, uploadId, options.sent ?? bytes, options.sentType ?? contentType);
  return uploadId;
}

/**
 * Runs a use case as a caller awaiting it sees it: several use cases are plain functions that throw
 * their input and permission refusals synchronously instead of returning a rejected promise.
 */
export const attempt = <T>(useCase: () => T | Promise<T>): Promise<T> => Promise.resolve().then(useCase);
