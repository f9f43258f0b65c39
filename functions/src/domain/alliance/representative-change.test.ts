import { describe, expect, it } from 'vitest';
import type { Unit } from '../units/unit';
import { representativeChangesOf } from './representative-change';
import { representativeChangeFilterInput, uploadCharterVersionInput } from './rules';
import { parseInput } from '../validation';

const unit = (overrides: Partial<Unit> = {}): Unit => ({
  id: 'u-1', regionId: 'r-1', name: '长安实验小学党支部', shortName: null, hostKind: 'SCHOOL', level: 'BRANCH', allianceRole: 'MEMBER_UNIT',
  status: 'REGISTERED', address: null, grid: null, parentId: null, childCount: 0, leader: null,
  representative: { name: '王建国', title: '书记', phone: '13800001111' }, liaison: { name: '李红', title: '干事', phone: null },
  partTimeCommitteeMember: null, memberCount: 0, fullMemberCount: 0, registration: null, activePairingCount: 0, pairingCount: 0,
  version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides,
});
let n = 0;
const made = { newId: () => `c-${++n}`, at: '2026-03-01T08:00:00.000Z', by: '秘书处管理员' };

describe('Method: representativeChangesOf', () => {
  it('files a new liaison: previous and next person, pending', () => {
    // Prepare
    const current = unit();
    // Act
    const changes = representativeChangesOf(current, unit({ liaison: { name: '赵强', title: '办公室主任', phone: '13900002222' } }), made);
    // Assess
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      unitId: 'u-1', regionId: 'r-1', post: 'LIAISON', previous: current.liaison, next: { name: '赵强' }, changedBy: '秘书处管理员',
      changedAt: made.at, filedAt: null, filedBy: null, version: 1,
    });
  });

  it('files appointing to an empty post and clearing one; both posts at once make two', () => {
    expect(representativeChangesOf(unit({ representative: null }), unit(), made).map((c) => [c.post, c.previous, c.next?.name])).toEqual([['REPRESENTATIVE', null, '王建国']]);
    expect(representativeChangesOf(unit(), unit({ liaison: null }), made).map((c) => [c.post, c.next])).toEqual([['LIAISON', null]]);
    expect(representativeChangesOf(unit(), unit({ representative: { name: '甲', title: null, phone: null }, liaison: { name: '乙', title: null, phone: null } }), made)).toHaveLength(2);
  });

  it('files nothing when the people stay: other fields, a corrected title or phone, spacing of the name', () => {
    const same = unit({ address: '长安路 1 号', representative: { name: ' 王建国 ', title: '党支部书记', phone: '13800009999' }, leader: { name: '新负责人', title: null, phone: null } });
    expect(representativeChangesOf(unit(), same, made)).toEqual([]);
  });
});

describe('Method: uploadCharterVersionInput and representativeChangeFilterInput', () => {
  it('names the field at fault', () => {
    expect(() => parseInput(uploadCharterVersionInput, { uploadId: 'x', title: '章程', adoptedOn: '2026-02-30' })).toThrow(expect.objectContaining({ field: 'adoptedOn' }));
    expect(() => parseInput(uploadCharterVersionInput, { title: '章程', adoptedOn: '2026-02-01' })).toThrow(expect.objectContaining({ field: 'uploadId' }));
    expect(() => parseInput(uploadCharterVersionInput, { uploadId: 'x', title: '  ', adoptedOn: '2026-02-01' })).toThrow(expect.objectContaining({ field: 'title' }));
    expect(parseInput(uploadCharterVersionInput, { uploadId: 'x', title: ' 章程 ', adoptedOn: '2026-02-01', adoptedBy: '', note: null })).toEqual({
      uploadId: 'x', title: '章程', adoptedOn: '2026-02-01', adoptedBy: null, note: null,
    });
  });

  it('a filter: absent parts are undefined (both states, every unit)', () => {
    expect(parseInput(representativeChangeFilterInput, { filter: null })).toEqual({ unitId: undefined, filed: undefined });
    expect(parseInput(representativeChangeFilterInput, { filter: { unitId: 'u-1', filed: false } })).toEqual({ unitId: 'u-1', filed: false });
    expect(() => parseInput(representativeChangeFilterInput, { filter: { filed: 'yes' } })).toThrow(expect.objectContaining({ field: 'filter.filed' }));
  });
});
