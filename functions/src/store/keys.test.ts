import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { unitIndexAttributes } from './keys';
import { planUnitQuery } from './unit-repository';
import type { UnitFilter } from '../domain/units/rules';

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
    expect(plan.conditions.map(([a]) => a)).toEqual(['gsi6pk', 'hostKind', 'level']);
  });
  it('uses the sparse index for units needing a pairing', () => {
    expect(planUnitQuery('r1', { ...noFilter, unpaired: true }).partition.index).toBe('gsi6');
  });
});

describe('Method: unitIndexAttributes', () => {
  it('puts a unit in gsi6 only while it needs a pairing', () => {
    const unit = { regionId: 'r1', parentId: null, hostKind: 'SCHOOL', allianceRole: 'MEMBER_UNIT', status: 'INVITED', nameKey: 'x' } as const;
    expect(unitIndexAttributes({ ...unit, needsPairing: true }).gsi6pk).toBe('R#r1#UNITS#UNPAIRED');
    expect(unitIndexAttributes({ ...unit, needsPairing: false }).gsi6pk).toBeUndefined();
    expect(unitIndexAttributes({ ...unit, needsPairing: false }).gsi2pk).toBe('R#r1#UNITS#PARENT#ROOT');
  });
});

describe('Method: decodeCursor', () => {
  const expected = { attributes: ['pk', 'sk'], keyPrefix: 'R#r1#' };
  it('round-trips a key of the region', () => {
    const key = { pk: 'R#r1#UNIT#u', sk: '#UNIT' };
    expect(decodeCursor(encodeCursor(key), expected)).toEqual(key);
  });
  it.each([
    ['garbage', 'not-a-cursor!!'],
    ['another region', encodeCursor({ pk: 'R#r2#UNIT#u', sk: '#UNIT' })],
    ['extra attributes', encodeCursor({ pk: 'R#r1#UNIT#u', sk: '#UNIT', x: '1' })],
  ])('refuses %s, naming `after`', (_, cursor) => {
    expect(() => decodeCursor(cursor, expected)).toThrow(expect.objectContaining({ field: 'after' }));
  });
});
