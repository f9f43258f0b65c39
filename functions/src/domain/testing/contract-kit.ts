import { randomUUID } from 'node:crypto';
import type { Alongside, UploadClaim } from '../alongside';
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
  };
}
