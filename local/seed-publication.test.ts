import { describe, expect, it } from 'vitest';
import { listPublications, publicNeeds, publicProjects, publicResources } from '../functions/src/domain/publication/service';
import { createMemoryPorts } from '../functions/src/domain/testing/memory-ports';
import { regionAdmin } from '../functions/src/domain/testing/principals';
import { DEMO_REGION, seedDemoRegion } from './seed';

describe('the demo data publishes some of the lists (seed-publication.ts)', () => {
  it('needs taken up, resources on offer but one, projects past approval; the public reads show them without contacts', async () => {
    const ports = createMemoryPorts({ now: '2026-11-20T02:00:00.000Z' });
    await ports.regions.createIfAbsent({ id: DEMO_REGION.id, name: DEMO_REGION.name, level: 'STREET', createdAt: ports.now().toISOString() });
    const admin = regionAdmin(DEMO_REGION.id);
    await seedDemoRegion(ports, admin);
    const needs = await publicNeeds(DEMO_REGION.id, { first: 50 }, ports);
    const resources = await publicResources(DEMO_REGION.id, { first: 50 }, ports);
    const projects = await publicProjects(DEMO_REGION.id, { first: 50 }, ports);
    expect(needs.edges.length).toBeGreaterThan(2);
    expect(needs.edges.every((e) => e.node.status !== 'NOT_TAKEN_UP')).toBe(true);
    expect(resources.edges.length).toBeGreaterThan(1);
    expect(projects.edges.map((e) => e.node.status).sort()).toEqual(['ACCEPTED', 'APPROVED', 'IN_PROGRESS']);
    expect(JSON.stringify([needs, resources, projects])).not.toContain('0571-8765 4321');
    const listed = await listPublications(admin, { type: 'RESOURCE', year: 2026, first: 100 }, ports);
    expect(listed.edges).toHaveLength(resources.edges.length);
  }, 60_000);
});
