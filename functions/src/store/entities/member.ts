/**
 * Member (党员): keys, index entries and item mapping.
 *
 * | item                                  | pk                         | sk                      |
 * |---------------------------------------|----------------------------|-------------------------|
 * | member                                | R#{r}#MEMBER#{member}      | #MEMBER                 |
 * | ID-number guard (the fingerprint)     | R#{r}#MEMBERID#{fp}        | #UNIQUE                 |
 * | role link (a copy per role held)      | R#{r}#MEMBER#{member}      | ROLE#{role}             |
 * | organisation-relation transfer        | R#{r}#MEMBER#{member}      | TRANSFER#{at}#{id}      |
 *
 * Index entries while the member is on the roster (a departed member has none), sorted by
 * `{pinyin sort key of the name}#{id}` (names repeat):
 * | index | partition (gsiNpk)                                   | serves                          |
 * |-------|------------------------------------------------------|---------------------------------|
 * | gsi1  | R#{r}#MEMBERS  (role links: …#MEMBERS#ROLE#{role})   | the roster; by role             |
 * | gsi2  | R#{r}#MEMBERS#UNIT#{unit}                            | a unit's members                |
 * | gsi3  | R#{r}#MEMBERS#COMMUNITY#{community} (when set)       | a community's residents         |
 * | gsi4  | R#{r}#MEMBERS#CATEGORY#{category}                    | by category                     |
 * | gsi5  | R#{r}#MEMBERS#STATUS#{status}                        | by status                       |
 * | gsi7  | R#{r}#MEMBERS#UNIT#{unit}#CATEGORY#{category}        | a unit's members of a category  |
 * | gsi8  | R#{r}#MEMBERS#NAME#{first character}                 | name prefix search              |
 *
 * Neither the ID number nor any key made from it is stored in plain text: the item keeps its fingerprint,
 * its sealed copy and its masked form (domain/members/member.ts ProtectedIdNumber).
 */
import type { Member, MemberCategory, MemberRole, MemberStatus, MemberTransfer } from '../../domain/members/member';
import { onRoster } from '../../domain/members/member';
import { nameInitial, nameKey, nameSortKey } from '../../domain/names';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const MEMBER_TYPE = 'MEMBER';

export const memberKey = (regionId: string, memberId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#MEMBER#${memberId}`,
  sk: '#MEMBER',
});

export const memberIdGuardKey = (regionId: string, fingerprint: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#MEMBERID#${fingerprint}`,
  sk: '#UNIQUE',
});

export const memberRoleKey = (regionId: string, memberId: string, role: MemberRole): PrimaryKey => ({
  pk: memberKey(regionId, memberId).pk,
  sk: `ROLE#${role}`,
});

export const MEMBER_TRANSFER_PREFIX = 'TRANSFER#';

export const memberTransferKey = (regionId: string, transfer: Pick<MemberTransfer, 'memberId' | 'recordedAt' | 'id'>): PrimaryKey => ({
  pk: memberKey(regionId, transfer.memberId).pk,
  sk: `${MEMBER_TRANSFER_PREFIX}${transfer.recordedAt}#${transfer.id}`,
});

const members = (regionId: string) => `${regionRoot(regionId)}#MEMBERS`;

export const memberPartitions = {
  all: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: members(regionId) }),
  byRole: (regionId: string, role: MemberRole): Partition => ({ index: 'gsi1', partitionValue: `${members(regionId)}#ROLE#${role}` }),
  byUnit: (regionId: string, unitId: string): Partition => ({ index: 'gsi2', partitionValue: `${members(regionId)}#UNIT#${unitId}` }),
  byCommunity: (regionId: string, communityId: string): Partition => ({ index: 'gsi3', partitionValue: `${members(regionId)}#COMMUNITY#${communityId}` }),
  byCategory: (regionId: string, category: MemberCategory): Partition => ({ index: 'gsi4', partitionValue: `${members(regionId)}#CATEGORY#${category}` }),
  byStatus: (regionId: string, status: MemberStatus): Partition => ({ index: 'gsi5', partitionValue: `${members(regionId)}#STATUS#${status}` }),
  byUnitAndCategory: (regionId: string, unitId: string, category: MemberCategory): Partition => ({
    index: 'gsi7',
    partitionValue: `${members(regionId)}#UNIT#${unitId}#CATEGORY#${category}`,
  }),
  byNameInitial: (regionId: string, initial: string): Partition => ({ index: 'gsi8', partitionValue: `${members(regionId)}#NAME#${initial}` }),
};

/** Where a member sorts in every list: by name as read, then by id (names repeat). */
export const memberSortKey = async (member: Pick<Member, 'name' | 'id'>) => `${await nameSortKey(member.name)}#${member.id}`;

const MEMBER_FIELDS = [
  'id', 'regionId', 'name', 'gender', 'birthDate', 'idNumber', 'phone', 'status', 'joinedOn', 'category', 'unitId',
  'communityId', 'roles', 'note', 'departure', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Member)[];

/** The member item: its fields, the name key (prefix filters), and its index entries while on the roster. */
export async function memberToItem(member: Member, sortKey: string): Promise<Record<string, unknown>> {
  const { regionId } = member;
  const indexes = onRoster(member)
    ? indexAttributes(
        [
          memberPartitions.all(regionId),
          memberPartitions.byUnit(regionId, member.unitId),
          ...(member.communityId ? [memberPartitions.byCommunity(regionId, member.communityId)] : []),
          memberPartitions.byCategory(regionId, member.category),
          memberPartitions.byStatus(regionId, member.status),
          memberPartitions.byUnitAndCategory(regionId, member.unitId, member.category),
          memberPartitions.byNameInitial(regionId, nameInitial(nameKey(member.name))),
        ],
        sortKey,
      )
    : {};
  return { ...memberKey(regionId, member.id), type: MEMBER_TYPE, ...member, nameKey: nameKey(member.name), ...indexes };
}

/** A role link: the member's copy in the partition of those holding the role (on the roster only). */
export const memberRoleItem = (member: Member, role: MemberRole, sortKey: string) => ({
  ...memberRoleKey(member.regionId, member.id, role),
  type: 'MEMBER_ROLE',
  ...member,
  nameKey: nameKey(member.name),
  ...indexAttributes([memberPartitions.byRole(member.regionId, role)], sortKey),
});

export const memberIdGuardItem = (member: Member) => ({
  ...memberIdGuardKey(member.regionId, member.idNumber.fingerprint),
  type: 'MEMBER_ID',
  memberId: member.id,
});

export function memberFromItem(item: Record<string, unknown>): Member {
  const member = pickFields<Member>(item, MEMBER_FIELDS);
  member.version = Number(member.version);
  member.roles = (member.roles ?? []) as MemberRole[];
  return member;
}

const TRANSFER_FIELDS = [
  'id', 'memberId', 'transferredOn', 'fromUnitId', 'fromUnitName', 'toUnitId', 'toUnitName', 'destination', 'letterNumber',
  'note', 'recordedBy', 'recordedAt',
] as const satisfies readonly (keyof MemberTransfer)[];

export const memberTransferItem = (regionId: string, transfer: MemberTransfer) => ({
  ...memberTransferKey(regionId, transfer),
  type: 'MEMBER_TRANSFER',
  ...transfer,
});

export const memberTransferFromItem = (item: Record<string, unknown>): MemberTransfer => pickFields<MemberTransfer>(item, TRANSFER_FIELDS);
