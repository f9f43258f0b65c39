import { randomUUID } from 'node:crypto';
import type { Alongside, UploadClaim } from '../alongside';
import { expect } from 'vitest';
import type { Page, PageRequest } from '../paging';
import type { Ports } from '../ports';

/**
 * What every store contract suite writes with: a fresh region per test, distinct instants (so lists have a known
 * order), the audit entry a write carries (with upload claims when it links files), and how many entries a record has.
 */
export function contractKit(ports: Ports) {
  let tick = Date.parse('2026-03-01T08:00:00.000Z');
  return {
    newRegionId: () => `t-${randomUUID().slice(0, 8)}`,
    stamp: () => new Date((tick += 1000)).toISOString(),
    alongside: (regionId: string, recordId: string, uploads?: UploadClaim[]): Alongside => ({
      audit: {
        id: randomUUID(), regionId, at: new Date().toISOString(), actorId: 'tester', actorName: '测试', operation: 'test', recordType: 'Test',
        recordId, version: 1, outcome: 'SUCCESS', changes: [],
      },
      ...(uploads ? { uploads } : {}),
    }),
    auditCount: async (regionId: string, recordId: string) => (await ports.audit.listForRecord(regionId, recordId, { size: 100 })).edges.length,
    everyPage,
  };
}

/** Every page of a list, `size` at a time (a filtered page may come short, never long), mapped by `key`. */
async function everyPage<T, K>(read: (page: PageRequest) => Promise<Page<T>>, key: (node: T) => K, size = 2): Promise<K[]> {
  const keys: K[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const page: Page<T> = await read({ size, after });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    keys.push(...page.edges.map((e) => key(e.node)));
    if (!page.pageInfo.hasNextPage) return keys;
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}
