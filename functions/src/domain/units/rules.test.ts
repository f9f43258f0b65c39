import { describe, expect, it } from 'vitest';
import { checkLevel, needsPairing, nextStatus, unitNameKey } from './rules';

describe('Method: checkLevel (004 art.1)', () => {
  it.each([
    ['BRANCH', 3, 3, 'FITS'],
    ['BRANCH', 50, 50, 'FITS'],
    ['BRANCH', 51, 51, 'EXPECTED_GENERAL_BRANCH'],
    ['GENERAL_BRANCH', 51, 51, 'FITS'],
    ['GENERAL_BRANCH', 99, 99, 'FITS'],
    ['GENERAL_BRANCH', 100, 100, 'EXPECTED_COMMITTEE'],
    ['COMMITTEE', 100, 90, 'FITS'],
    ['COMMITTEE', 88, 80, 'EXPECTED_GENERAL_BRANCH'],
    ['GENERAL_BRANCH', 30, 30, 'EXPECTED_BRANCH'],
    ['BRANCH', 4, 2, 'TOO_FEW_FULL_MEMBERS'],
    ['JOINT_BRANCH', 4, 2, 'FITS'],
    ['GRID_BRANCH', 20, 18, 'FITS'],
    ['GROUP', 1, 0, 'NOT_APPLICABLE'],
  ] as const)('%s with %i members (%i full) → %s', (level, memberCount, fullMemberCount, verdict) => {
    const check = checkLevel({ level, memberCount, fullMemberCount });
    expect(check.verdict).toBe(verdict);
    expect(check.fits).toBe(verdict === 'FITS' || verdict === 'NOT_APPLICABLE');
  });
});

describe('Method: nextStatus', () => {
  it('suspends, withdraws and reinstates to where the unit was', () => {
    expect(nextStatus({ status: 'REGISTERED', registration: null }, 'SUSPEND')).toBe('SUSPENDED');
    expect(nextStatus({ status: 'INVITED', registration: null }, 'WITHDRAW')).toBe('WITHDRAWN');
    const registration = { registeredOn: '2026-01-01', communityId: null, note: null, form: null };
    expect(nextStatus({ status: 'WITHDRAWN', registration }, 'REINSTATE')).toBe('REGISTERED');
    expect(nextStatus({ status: 'SUSPENDED', registration: null }, 'REINSTATE')).toBe('INVITED');
  });
  it('refuses what makes no sense, naming the action', () => {
    expect(() => nextStatus({ status: 'REGISTERED', registration: null }, 'REINSTATE')).toThrow(expect.objectContaining({ field: 'action' }));
    expect(() => nextStatus({ status: 'WITHDRAWN', registration: null }, 'SUSPEND')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('Method: needsPairing (000 art.12)', () => {
  const base = { allianceRole: 'MEMBER_UNIT', hostKind: 'ENTERPRISE', status: 'REGISTERED', activePairingCount: 0 } as const;
  it('flags an active member unit without a pairing', () => expect(needsPairing(base)).toBe(true));
  it('not once paired', () => expect(needsPairing({ ...base, activePairingCount: 1 })).toBe(false));
  it('not for villages, communities or community organisations', () => {
    expect(needsPairing({ ...base, hostKind: 'VILLAGE' })).toBe(false);
    expect(needsPairing({ ...base, allianceRole: 'COMMUNITY_ORGANIZATION' })).toBe(false);
  });
  it('not for suspended or withdrawn units', () => expect(needsPairing({ ...base, status: 'WITHDRAWN' })).toBe(false));
});

describe('Method: unitNameKey', () => {
  it('ignores width, spacing and case', () => expect(unitNameKey(' ＡＢＣ  科技 ')).toBe(unitNameKey('abc 科技')));
});
