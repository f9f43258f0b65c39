import type { AuditEntry } from '../audit/audit';
import type { AuditTrailStore } from '../audit/ports';
import type { Page, PageRequest } from '../paging';
import type { Region } from '../regions/region';
import type { RegionStore } from '../regions/ports';
import { pageOf } from './memory-paging';
import { copy, type MemoryState } from './memory-state';

/** The audit trail in memory: written only alongside changes (MemoryWrite.alongside), read newest first. */
export class MemoryAuditTrailStore implements AuditTrailStore {
  constructor(private readonly state: MemoryState) {}

  async listForRecord(regionId: string, recordId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.newestFirst(regionId, ['record-trail', recordId], (e) => e.recordId === recordId, page);
  }

  async listForRegion(regionId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.newestFirst(regionId, ['region-trail'], () => true, page);
  }

  private newestFirst(regionId: string, list: unknown, include: (entry: AuditEntry) => boolean, page: PageRequest) {
    const entries = this.state.auditTrail
      .filter((e) => e.regionId === regionId && include(e))
      .map((e) => ({ key: `${e.at}#${e.id}`, node: copy(e) }));
    return pageOf(entries, page, { regionId, list, order: 'descending' });
  }
}

/** Regions in memory; their unit count is kept by the unit writes. */
export class MemoryRegionStore implements RegionStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string): Promise<Region | null> {
    return copy(this.state.regions.get(regionId) ?? null);
  }

  async createIfAbsent(region: Omit<Region, 'unitCount'>): Promise<boolean> {
    if (this.state.regions.has(region.id)) return false;
    this.state.regions.set(region.id, { ...copy(region), unitCount: 0 });
    return true;
  }
}
