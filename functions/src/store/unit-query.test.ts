import { describe, expect, it } from 'vitest';
import type { UnitFilter } from '../domain/units/rules';
import type { Unit } from '../domain/units/unit';
import { CursorRejectedError } from '../domain/paging';
import { decodeCursor, encodeCursor } from './cursor';
import { unitIndexAttributes } from './entities/unit';
import { planUnitQuery } from './unit-repository';

/** Offline: the request plans and keys the store builds, no database. */
const noFilter: UnitFilter = {
  hostKind: undefined, level: undefined, allianceRole: undefined, status: undefined, parentId: undefined,
  namePrefix: undefined, rootsOnly: false, unpaired: false,
};

describe('Method: planUnitQuery', () => {
  it('reads all units by name without filters', () => {
    expect(planUnitQuery('r1', noFilter)).toEqual({ partition: { index: 'gsi1', partitionValue: 'R#r1#UNITS' }, conditions: [] });
  });
  it('prefers the parent index and filters the rest', () => {
    const plan = planUnitQuery('r1', { ...noFilter, parentId: 'p', hostKind: 'SCHOOL', level: 'BRANCH', unpaired: true });
    expect(plan.partition).toEqual({ index: 'gsi2', partitionValue: 'R#r1#UNITS#PARENT#p' });
    expect(plan.conditions.map((c) => c.attribute)).toEqual(['gsi6pk', 'hostKind', 'level']);
  });
  it('uses the sparse index for units needing a pairing', () => {
    expect(planUnitQuery('r1', { ...noFilter, unpaired: true }).partition.index).toBe('gsi6');
  });
  it('serves host kind and level together with one key, no filter', () => {
    expect(planUnitQuery('r1', { ...noFilter, hostKind: 'SCHOOL', level: 'BRANCH' })).toEqual({
      partition: { index: 'gsi7', partitionValue: 'R#r1#UNITS#KIND#SCHOOL#LEVEL#BRANCH' },
      conditions: [],
    });
  });
  it("reads a name prefix from its first character's partition, filtering only longer prefixes", () => {
    expect(planUnitQuery('r1', { ...noFilter, namePrefix: '长' })).toEqual({ partition: { index: 'gsi8', partitionValue: 'R#r1#UNITS#NAME#长' }, conditions: [] });
    expect(planUnitQuery('r1', { ...noFilter, namePrefix: '长安', status: 'INVITED' }).conditions).toEqual([
      { attribute: 'nameKey', test: 'prefix', value: '长安' },
      { attribute: 'status', test: 'equals', value: 'INVITED' },
    ]);
  });
});

describe('Method: unitIndexAttributes', () => {
  const unit = {
    id: 'u', regionId: 'r1', name: '长安实验小学党支部', parentId: null, hostKind: 'SCHOOL', level: 'BRANCH', allianceRole: 'MEMBER_UNIT',
    status: 'INVITED', activePairingCount: 0,
  } as unknown as Unit;
  it('puts a unit in gsi6 only while it needs a pairing, keeping gsi6sk always', async () => {
    expect((await unitIndexAttributes(unit)).gsi6pk).toBe('R#r1#UNITS#UNPAIRED');
    const paired = await unitIndexAttributes({ ...unit, activePairingCount: 1 });
    expect(paired.gsi6pk).toBeUndefined();
    expect(paired.gsi6sk).toBe(paired.gsi1sk);
    expect(paired.gsi2pk).toBe('R#r1#UNITS#PARENT#ROOT');
  });
  it('sorts every entry by the pinyin of the name', async () => {
    const attributes = await unitIndexAttributes(unit);
    expect(attributes.gsi1sk).toMatch(/^chang an shi yan xiao xue dang zhi bu#/);
    expect(attributes.gsi8pk).toBe('R#r1#UNITS#NAME#长');
  });
});

describe('Method: decodeCursor', () => {
  const expected = { attributes: ['pk', 'sk'], keyPrefix: 'R#r1#', list: 'L1' };
  it('round-trips a key of the region and list', () => {
    const key = { pk: 'R#r1#UNIT#u', sk: '#UNIT' };
    expect(decodeCursor(encodeCursor(key, 'L1'), expected)).toEqual(key);
  });
  it.each([
    ['garbage', 'not-a-cursor!!', 'invalid'],
    ['another region', encodeCursor({ pk: 'R#r2#UNIT#u', sk: '#UNIT' }, 'L1'), 'invalid'],
    ['extra attributes', encodeCursor({ pk: 'R#r1#UNIT#u', sk: '#UNIT', x: '1' }, 'L1'), 'invalid'],
    ['another list', encodeCursor({ pk: 'R#r1#UNIT#u', sk: '#UNIT' }, 'L2'), 'other-list'],
  ])('refuses %s', (_, cursor, reason) => {
    expect(() => decodeCursor(cursor, expected)).toThrow(new CursorRejectedError(reason as 'invalid'));
  });
});
