import { randomUUID } from 'node:crypto';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { composeIdNumber } from '../functions/src/domain/members/id-number';
import { MEMBER_CATEGORIES, type Member, type MemberCategory, type MemberRole, type MemberStatus } from '../functions/src/domain/members/member';
import { protectIdNumber } from '../functions/src/domain/members/service';
import type { PersonalDataVault } from '../functions/src/domain/vault';
import type { Unit } from '../functions/src/domain/units/unit';
import { memberIdGuardItem, memberRoleItem, memberSortKey, memberToItem } from '../functions/src/store/entities/member';
import { unitKey } from '../functions/src/store/entities/unit';
import { batchWrite } from './batch-write';

/**
 * The bench's roster: `size` members in a region whose units the dataset has written, as the member
 * repository writes them — the member item with its index entries (`memberToItem`), the guard on its ID
 * number's fingerprint (`memberIdGuardItem`), a copy per role held (`memberRoleItem`), all sorted by
 * `memberSortKey` — and the units' `memberCount`/`fullMemberCount` added to match. ID numbers are valid
 * (`composeIdNumber`, distinct in the region) and kept by the real vault (`protectIdNumber`): HMAC
 * fingerprint, AES-GCM sealed copy, mask.
 *
 * Written in BatchWriteItem batches like the units (createMember writes a transaction per member with its
 * audit entry: right for a clerk, not a way to write 100,000), in chunks of CHUNK members so that
 * 100,000 never sit in memory at once. What the
 * scale figures filter on is there at every size from 10 (ROSTER_FILTER below):
 * - units: 4 in 10 in `member`, 3 in 10 in `community`, one each in the next three member units;
 * - every category (seven members each in turn), 1 in 8 probationary, 3 in 5 living in `community`;
 * - 1 in 25 hold a role (the first a liaison), 1 in 100 a second one;
 * - names from 24 common surnames and 36 given names (张 one in 24, 张伟 one in 864: member 2, then 866 …).
 */
export interface RosterSeed {
  /** Members written (all on the roster). */
  members: number;
  /** Items written: members, ID-number guards, role links. */
  items: number;
  seconds: number;
}

/** Filter values the seeded roster is sure to match (see the distribution above). */
export const ROSTER_FILTER = {
  category: 'RETIRED' as MemberCategory,
  unitCategory: 'IN_SERVICE' as MemberCategory,
  status: 'PROBATIONARY' as MemberStatus,
  role: 'LIAISON' as MemberRole,
  /** A surname: the name index's own partition (one character is the partition key). */
  surname: '张',
  /** A full name: read from the surname's partition, the rest a condition on what it reads. */
  fullName: '张伟',
};

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋'];
const GIVEN_NAMES = [
  '伟', '建国', '丽华', '志强', '秀英', '海燕', '敏', '静', '磊', '洋', '晓东', '春梅', '国庆', '红霞', '振华', '桂兰', '子涵', '浩然',
  '雨桐', '俊杰', '文博', '佳怡', '明', '芳', '勇', '艳', '杰', '娟', '涛', '超', '秀兰', '玉梅', '德胜', '淑珍', '思远', '一鸣',
];
const ROLE_TURNS: MemberRole[] = ['LIAISON', 'BRANCH_SECRETARY', 'SECRETARY', 'COMMUNITY_CADRE', 'VICE_PRESIDENT', 'SECRETARY_GENERAL', 'PRESIDENT', 'COUNCIL_CHAIR'];
/** Which of the host units (member, community, then three more) member i belongs to. */
const UNIT_TURNS = [0, 0, 0, 0, 1, 1, 1, 2, 3, 4];
/** Birth dates spread over this many days from 1950-01-01; with the sequence digits, one number per member. */
const BIRTH_DAYS = 18_000;
/** Members built and written at a time. */
const CHUNK = 5_000;

export interface RosterOptions {
  regionId: string;
  size: number;
  /** The units members belong to: the first gets the most (see UNIT_TURNS); `community` is where 3 in 5 live. */
  units: Unit[];
  community: Unit;
  vault: PersonalDataVault;
  concurrency: number;
  progress?: (line: string) => void;
}

export async function seedRoster(client: DynamoDBDocumentClient, tableName: string, options: RosterOptions): Promise<RosterSeed> {
  const { regionId, size, units } = options;
  const started = performance.now();
  const now = new Date().toISOString();
  const counts = new Map<string, { all: number; full: number }>();
  let items = 0;
  for (let from = 0; from < size; from += CHUNK) {
    const chunk: Record<string, unknown>[] = [];
    for (let i = from; i < Math.min(from + CHUNK, size); i++) {
      const member = await benchMember(i, { regionId, now, unit: units[UNIT_TURNS[i % 10]! % units.length]!, community: options.community, vault: options.vault });
      const sortKey = await memberSortKey(member);
      chunk.push(await memberToItem(member, sortKey), memberIdGuardItem(member), ...member.roles.map((role) => memberRoleItem(member, role, sortKey)));
      const count = counts.get(member.unitId) ?? { all: 0, full: 0 };
      count.all += 1;
      if (member.status === 'FULL') count.full += 1;
      counts.set(member.unitId, count);
    }
    await batchWrite(client, tableName, chunk, options.concurrency);
    items += chunk.length;
    if (size >= 20_000) options.progress?.(`seeded ${Math.min(from + CHUNK, size)} of ${size} members`);
  }
  // As the repository's memberCountStep does, by adding: the units were written with 0.
  for (const [unitId, count] of counts) {
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: unitKey(regionId, unitId),
        UpdateExpression: 'ADD memberCount :all, fullMemberCount :full',
        ExpressionAttributeValues: { ':all': count.all, ':full': count.full },
      }),
    );
  }
  return { members: size, items, seconds: (performance.now() - started) / 1000 };
}

async function benchMember(
  i: number,
  at: { regionId: string; now: string; unit: Unit; community: Unit; vault: PersonalDataVault },
): Promise<Member> {
  const birth = new Date(Date.UTC(1950, 0, 1) + (i % BIRTH_DAYS) * 86_400_000);
  const birthDate = birth.toISOString().slice(0, 10);
  const male = i % 2 === 1;
  // Sequence digits odd for men (GB 11643); the day and the sequence together are distinct per member.
  const idNumber = composeIdNumber('110105', birthDate, Math.floor(i / BIRTH_DAYS) * 2 + (male ? 1 : 0));
  const probationary = i % 8 === 7;
  const roles: MemberRole[] = i % 25 === 0 ? [ROLE_TURNS[(i / 25) % ROLE_TURNS.length]!] : [];
  if (i % 100 === 50) roles.push('PART_TIME_COMMITTEE_MEMBER');
  return {
    id: randomUUID(),
    regionId: at.regionId,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN_NAMES[Math.floor(i / SURNAMES.length) % GIVEN_NAMES.length]}`,
    gender: male ? 'MALE' : 'FEMALE',
    birthDate,
    idNumber: await protectIdNumber(at.vault, idNumber),
    phone: `139${String(i).padStart(8, '0')}`,
    status: probationary ? 'PROBATIONARY' : 'FULL',
    joinedOn: probationary ? '2025-09-01' : `${Math.min(birth.getUTCFullYear() + 20 + (i % 10), 2024)}-07-01`,
    // Seven at a time, so that category does not follow the surname (24 members a turn) or the unit (10).
    category: MEMBER_CATEGORIES[Math.floor(i / 7) % MEMBER_CATEGORIES.length]!,
    unitId: at.unit.id,
    communityId: i % 5 < 3 ? at.community.id : null,
    roles,
    note: null,
    departure: null,
    version: 1,
    createdAt: at.now,
    updatedAt: at.now,
  };
}
