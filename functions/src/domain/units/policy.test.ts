import { describe, expect, it } from 'vitest';
import { allows } from '../../auth/policy';
import { regionAdmin, unitLiaison } from '../testing/principals';
import { ADMIN_ONLY_FIELD_LABELS, lockedUnitFields, unitPolicy } from './policy';

describe('Method: lockedUnitFields', () => {
  it('locks nothing for the secretariat', () => {
    expect(lockedUnitFields(regionAdmin('r'))).toEqual([]);
  });

  it("locks a unit's place and standing for its liaison, each with a label", () => {
    const locked = lockedUnitFields(unitLiaison('r', 'u'));
    expect(locked).toEqual(['name', 'hostKind', 'level', 'allianceRole', 'parentId']);
    expect(locked.map((f) => ADMIN_ONLY_FIELD_LABELS[f])).toEqual(['名称', '单位类别', '组织层级', '联盟角色', '上级单位']);
  });

  it('treats a liaison who is also an admin as an admin', () => {
    expect(lockedUnitFields({ ...unitLiaison('r', 'u'), roles: ['UNIT_LIAISON', 'REGION_ADMIN'] })).toEqual([]);
  });
});

describe('Method: unitPolicy', () => {
  it('lets a liaison read and update its own unit only', () => {
    const liaison = unitLiaison('r', 'u');
    expect([allows(liaison, unitPolicy.read, { unitId: 'u' }), allows(liaison, unitPolicy.update, { unitId: 'u' })]).toEqual([true, true]);
    expect([allows(liaison, unitPolicy.read, { unitId: 'v' }), allows(liaison, unitPolicy.update, {})]).toEqual([false, false]);
  });
});
