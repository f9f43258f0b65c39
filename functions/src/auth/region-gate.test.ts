import { describe, expect, it } from 'vitest';
import type { ActingSession } from '../domain/regions/region';
import type { Principal } from './principal';
import { admitCaller, type RegionGateLookups } from './region-gate';

const admin: Principal = { userId: 'u1', username: 'admin', displayName: '管理员', regionId: 'r1', roles: ['REGION_ADMIN'] };
const platform: Principal = { userId: 'p1', username: 'platform', displayName: '平台', regionId: null, roles: ['PLATFORM_ADMIN'] };
const session: ActingSession = { regionId: 'r1', username: 'platform', reason: '核查', startedAt: '2026-12-01T00:00:00.000Z', until: '2026-12-01T01:00:00.000Z' };

const lookups = (states: Record<string, 'ACTIVE' | 'SUSPENDED'>, sessions: ActingSession[] = []): RegionGateLookups & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    regionState: async (regionId) => (asked.push(`state:${regionId}`), states[regionId] ?? null),
    acting: async (regionId, username) => (asked.push(`acting:${regionId}:${username}`), sessions.find((s) => s.regionId === regionId && s.username === username) ?? null),
  };
};

describe('the region gate after the token', () => {
  it("lets an active region's caller through as it is, and refuses a suspended region's with the reason", async () => {
    expect(await admitCaller({ principal: admin }, undefined, lookups({ r1: 'ACTIVE' }))).toEqual({ principal: admin });
    const refused = await admitCaller({ principal: admin }, undefined, lookups({ r1: 'SUSPENDED' }));
    expect(refused.principal).toBeNull();
    expect(refused.refusal).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('区域已停用') });
  });

  it('asks nothing for an anonymous caller or a platform admin outside any region', async () => {
    const asked = lookups({});
    expect(await admitCaller({ principal: null }, 'r1', asked)).toEqual({ principal: null });
    expect(await admitCaller({ principal: platform }, undefined, asked)).toEqual({ principal: platform });
    expect(asked.asked).toEqual([]);
  });

  it("puts a platform admin with an open visit into the region as its admin, marked acting; no visit, no region", async () => {
    const admitted = await admitCaller({ principal: platform }, 'r1', lookups({ r1: 'SUSPENDED' }, [session]));
    expect(admitted.principal).toEqual({ ...platform, regionId: 'r1', roles: ['PLATFORM_ADMIN', 'REGION_ADMIN'], acting: session });
    const closed = await admitCaller({ principal: platform }, 'r2', lookups({}, [session]));
    expect(closed).toMatchObject({ principal: null, refusal: { code: 'FORBIDDEN' } });
  });

  it("refuses the header from anyone but a platform admin, without looking for a visit", async () => {
    const asked = lookups({ r2: 'ACTIVE' }, [{ ...session, regionId: 'r2', username: 'admin' }]);
    expect(await admitCaller({ principal: admin }, 'r2', asked)).toMatchObject({ principal: null, refusal: { code: 'FORBIDDEN' } });
    expect(asked.asked).toEqual([]);
  });
});
