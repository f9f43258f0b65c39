import { createHash } from 'node:crypto';
import type { RegionPrincipal } from '../../auth/principal';
import { createUpload } from '../files/service';
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

/** A valid createUnit input: an enterprise's branch of 12 members (10 full), a fresh name each time. */
export function unitInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  unitNumber += 1;
  return {
    name: `测试单位${unitNumber}`,
    hostKind: 'ENTERPRISE',
    level: 'BRANCH',
    allianceRole: 'MEMBER_UNIT',
    memberCount: 12,
    fullMemberCount: 10,
    ...overrides,
  };
}

/** The other side of a pairing: a community's party organisation. */
export const COMMUNITY = { hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION', memberCount: 0, fullMemberCount: 0 } as const;

/** A unit made by the createUnit use case (so it is counted and audited as any other). */
export const givenUnit = (ports: MemoryPorts, admin: RegionPrincipal, overrides: Record<string, unknown> = {}): Promise<Unit> =>
  createUnit(admin, unitInput(overrides), ports);

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
