import { randomUUID } from 'node:crypto';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../functions/src/auth/principal';
import { createPairing } from '../functions/src/domain/pairings/service';
import type { Ports } from '../functions/src/domain/ports';
import type { HostKind, OrgLevel, Unit } from '../functions/src/domain/units/unit';
import { regionKey } from '../functions/src/store/entities/region';
import { unitNameGuardItem, unitToItem } from '../functions/src/store/entities/unit';
import { batchWrite, inBatches } from './batch-write';
import { seedAreas, type AreaData } from './dataset-areas';
import { seedRoster, type RosterSeed } from './roster-dataset';

/**
 * The bench's data: one fresh region per size, so sizes never see each other.
 *
 * - `community`: a registered community (the root of the region's tree) whose page the admin opens;
 * - `size` member units, all children of `community` (so its children list has `size` items), of
 *   several host kinds and levels, a quarter of them registered with `community`;
 * - up to `pairings` of those members (never `member`, so at most size − 1) paired with `community`
 *   through the createPairing use case (so its pairings list has that many items, each written as the
 *   product writes it, audit entry included);
 * - `members` party members on the roster (bench/roster-dataset.ts), most in `member` and `community`,
 *   the units' member counts set to match (units without members count 0, as the roster says).
 *
 * The region's unit list then holds size + 1 units. Units are written in BatchWriteItem batches of 25
 * (unit item from the store's own `unitToItem`, plus its name guard, as UnitRepository.create writes
 * them; the region's unitCount and the parent's childCount set to match), which is what makes 100,000
 * units possible in minutes; pairings go through the use case because their items belong to it.
 */
export interface Dataset {
  regionId: string;
  size: number;
  admin: Principal;
  community: Unit;
  /** A registered member unit (parent and registration community: `community`). */
  member: Unit;
  /** The roster written, null without members. */
  roster: RosterSeed | null;
  /** The later areas' data (bench/dataset-areas.ts), null unless asked for. */
  areas: AreaData | null;
  seconds: { units: number; members: number; pairings: number; areas: number };
}

export interface SeedOptions {
  size: number;
  /** How many members get a pairing with the community (through the use case). @default 0 */
  pairings?: number;
  /** How many members the roster gets (bench/roster-dataset.ts). @default 0 */
  members?: number;
  /**
   * Also the data of the lists, engagement, records and ledger pages, through their use cases
   * (bench/dataset-areas.ts: about 15 writes per member unit, so for the round-trip sizes only). @default false
   */
  areas?: boolean;
  /** Parallel BatchWriteItem requests. @default 4 */
  concurrency?: number;
  /** Called now and then while seeding (large sizes). */
  progress?: (line: string) => void;
}

/** Host kinds and levels of the member units, in turn: several filters have something to find. */
const MEMBER_KINDS: HostKind[] = ['ENTERPRISE', 'SCHOOL', 'HOSPITAL', 'AGENCY', 'PUBLIC_INSTITUTION', 'NEW_ORGANIZATION', 'OFFICE_BUILDING'];
const MEMBER_LEVELS: OrgLevel[] = ['BRANCH', 'BRANCH', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'];

export const memberName = (i: number) => `成员单位${String(i).padStart(6, '0')}党支部`;

export async function seedDataset(client: DynamoDBDocumentClient, tableName: string, ports: Ports, options: SeedOptions): Promise<Dataset> {
  const { size } = options;
  const regionId = `bench-${size}-${randomUUID().slice(0, 8)}`;
  const admin: Principal = { userId: `bench-admin-${regionId}`, displayName: '基准测试', regionId, roles: ['REGION_ADMIN'] };
  const now = new Date().toISOString();
  const started = performance.now();
  await ports.regions.createIfAbsent({ id: regionId, name: `基准街道${size}`, level: 'STREET', createdAt: now });

  const base = (name: string): Unit => ({
    id: randomUUID(), regionId, name, shortName: null, hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT',
    status: 'INVITED', address: null, grid: null, parentId: null, childCount: 0,
    leader: { name: '张三', title: '书记', phone: '13800000000' }, representative: null, liaison: null, partTimeCommitteeMember: null,
    memberCount: 0, fullMemberCount: 0, registration: null, activePairingCount: 0, pairingCount: 0, version: 1, createdAt: now, updatedAt: now,
  });
  const community: Unit = {
    ...base('基准社区党委'), hostKind: 'COMMUNITY', level: 'COMMITTEE', allianceRole: 'COMMUNITY_ORGANIZATION', status: 'REGISTERED',
    childCount: size,
    registration: { registeredOn: '2026-01-05', communityId: null, note: null, form: null },
  };
  const members: Unit[] = Array.from({ length: size }, (_, i) => {
    const registered = i % 4 === 0;
    return {
      ...base(memberName(i)),
      hostKind: MEMBER_KINDS[i % MEMBER_KINDS.length]!,
      level: MEMBER_LEVELS[i % MEMBER_LEVELS.length]!,
      allianceRole: i % 10 === 0 ? 'COUNCIL_UNIT' : 'MEMBER_UNIT',
      status: registered ? 'REGISTERED' : 'INVITED',
      parentId: community.id,
      registration: registered ? { registeredOn: '2026-01-15', communityId: community.id, note: null, form: null } : null,
    };
  });

  const items = (await Promise.all([community, ...members].map(async (unit) => [await unitToItem(unit), unitNameGuardItem(unit)]))).flat();
  await batchWrite(client, tableName, items, options.concurrency ?? 4, (done) =>
    options.progress?.(`seeded ${Math.floor(done / 2)} of ${size + 1} units`),
  );
  await client.send(
    new UpdateCommand({ TableName: tableName, Key: regionKey(regionId), UpdateExpression: 'ADD unitCount :n', ExpressionAttributeValues: { ':n': size + 1 } }),
  );
  const unitsDone = performance.now();

  const rosterHosts = [members[0], community, ...members.slice(1, 4)].filter((unit): unit is Unit => unit !== undefined);
  const roster = options.members
    ? await seedRoster(client, tableName, {
        regionId, size: options.members, units: rosterHosts, community, vault: ports.vault, concurrency: options.concurrency ?? 4, progress: options.progress,
      })
    : null;
  const membersDone = performance.now();

  // Pairings through the use case, with every member but `member` (index 0) at most.
  const toPair = members.slice(1, 1 + Math.min(options.pairings ?? 0, size - 1));
  await inBatches(toPair, 4, (unit) =>
    createPairing(admin, { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', endsOn: '2027-12-31', content: '共建活动' }, ports),
  );
  const pairingsDone = performance.now();

  const areas = options.areas ? await seedAreas(ports, admin, { community, member: members[0]!, units: members }) : null;
  const member = await ports.units.get(regionId, members[0]!.id);
  const refreshedCommunity = await ports.units.get(regionId, community.id);
  if (!member || !refreshedCommunity) throw new Error('bench: seeded units not found');
  return {
    regionId,
    size,
    admin,
    community: refreshedCommunity,
    member,
    roster,
    areas,
    seconds: {
      units: (unitsDone - started) / 1000, members: (membersDone - unitsDone) / 1000, pairings: (pairingsDone - membersDone) / 1000,
      areas: (performance.now() - pairingsDone) / 1000,
    },
  };
}
