import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation';
import { createUnitInput, unitFilterInput, updateUnitInput } from './rules';

describe('Method: unitFilterInput', () => {
  it('normalizes: absent and null filters are off, the name prefix compared as a name key', () => {
    expect(parseInput(unitFilterInput, null)).toEqual({
      hostKind: undefined, level: undefined, allianceRole: undefined, status: undefined, parentId: undefined, rootsOnly: false, namePrefix: undefined, unpaired: false,
    });
    expect(parseInput(unitFilterInput, { namePrefix: ' ＡＢＣ  科', status: null, unpaired: true })).toMatchObject({ namePrefix: 'abc 科', status: undefined, unpaired: true });
    expect(parseInput(unitFilterInput, { namePrefix: '   ' }).namePrefix).toBeUndefined();
  });

  it('refuses rootsOnly with a parent, and a prefix longer than a name', () => {
    expect(() => parseInput(unitFilterInput, { rootsOnly: true, parentId: 'p' })).toThrow(expect.objectContaining({ field: 'rootsOnly' }));
    expect(() => parseInput(unitFilterInput, { namePrefix: '长'.repeat(101) })).toThrow(expect.objectContaining({ field: 'namePrefix' }));
  });
});

describe('Method: createUnitInput / updateUnitInput', () => {
  it('normalizes people: blank optional text clears, a blank phone is none', () => {
    const parsed = parseInput(createUnitInput, { name: '甲', hostKind: 'SCHOOL', level: 'BRANCH', allianceRole: 'MEMBER_UNIT', leader: { name: ' 王 ', title: ' ', phone: ' ' } });
    expect(parsed.leader).toEqual({ name: '王', title: null, phone: null });
  });

  it('names the enum at fault with its choices, and requires a version to update', () => {
    expect(() => parseInput(createUnitInput, { name: '甲', hostKind: 'CASTLE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT' })).toThrow(
      expect.objectContaining({ field: 'hostKind', message: expect.stringContaining('AGENCY') }),
    );
    expect(() => parseInput(updateUnitInput, { id: 'u' })).toThrow(expect.objectContaining({ field: 'version' }));
  });
});
