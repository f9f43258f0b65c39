import { describe, expect, it } from 'vitest';
import { publicResolutions } from '../functions/src/domain/publication/service';
import { givenRegion } from '../functions/src/domain/testing/fixtures';
import { createMemoryPorts } from '../functions/src/domain/testing/memory-ports';
import { givenResolutions } from '../functions/src/domain/testing/resolution-fixtures';
import { publishSeedResolutions } from './seed-publication';

describe('publishSeedResolutions', () => {
  it('publishes the ids given, or the region\'s resolutions, skipping the published ones', async () => {
    const ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
    const { regionId, admin } = await givenRegion(ports);
    const { resolutions: [a, b] } = await givenResolutions(ports, admin, { items: [{ title: '决议一', text: '一' }, { title: '决议二', text: '二' }] });
    expect(await publishSeedResolutions(ports, admin, [b!.id])).toEqual([b!.id]);
    expect(await publishSeedResolutions(ports, admin)).toEqual([a!.id]);
    expect((await publicResolutions(regionId, {}, ports)).edges).toHaveLength(2);
    expect(await publishSeedResolutions(ports, admin)).toEqual([]);
  });
});
