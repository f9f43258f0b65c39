import type { AuditEntry } from '../audit/audit';
import type { AuditTrailStore } from '../audit/ports';
import type { Page, PageRequest } from '../paging';
import type { Alongside } from '../alongside';
import { newRegion, type ActingSession, type NewRegion, type Region } from '../regions/region';
import type { Change } from '../alongside';
import { RecordMissingError, StaleVersionError } from '../write-refusals';
import { usernameKey } from '../accounts/username';
import { AlreadyTakenError } from '../write-refusals';
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

/** Regions in memory; their unit count is kept by the unit writes, their account counts by the account writes. */
export class MemoryRegionStore implements RegionStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string): Promise<Region | null> {
    return copy(this.state.regions.get(regionId) ?? null);
  }

  /** As the store: false when the region exists; its slug, when it has one, must be no other region's. */
  async createIfAbsent(region: NewRegion): Promise<boolean> {
    let created = false;
    await this.state.write((write) => {
      if (this.state.regions.has(region.id)) return;
      const slug = region.slug ?? null;
      write.require(!this.slugTaken(slug), () => new AlreadyTakenError('slug', slug ?? ''));
      write.then(() => this.state.regions.set(region.id, newRegion(copy(region))));
      created = true;
    });
    return created;
  }

  async create(region: NewRegion, alongside: Alongside): Promise<void> {
    await this.state.write((write) => {
      write.require(!this.state.regions.has(region.id), () => new AlreadyTakenError('region', region.id));
      const slug = region.slug ?? null;
      write.require(!this.slugTaken(slug), () => new AlreadyTakenError('slug', slug ?? ''));
      write.alongside(alongside);
      write.then(() => this.state.regions.set(region.id, newRegion(copy(region))));
    });
  }

  private slugTaken(slug: string | null): boolean {
    return slug !== null && slug !== '' && [...this.state.regions.values()].some((r) => r.slug === slug);
  }

  async list(page: PageRequest): Promise<Page<Region>> {
    const entries = [...this.state.regions.values()].map((r) => ({ key: `${r.createdAt}#${r.id}`, node: copy(r) }));
    return pageOf(entries, page, { regionId: PLATFORM_SCOPE, list: ['regions'], order: 'descending' });
  }

  /** As the store: the region's own fields at `current.version`; its counts as they are now. */
  async update({ current, next }: Change<Region>, alongside: Alongside): Promise<void> {
    await this.state.write((write) => {
      const stored = this.state.regions.get(current.id);
      write.require(stored !== undefined, () => new RecordMissingError({ type: 'Region', id: current.id }));
      write.require(stored?.version === current.version, () => new StaleVersionError({ type: 'Region', id: current.id }));
      write.alongside(alongside);
      write.then(() => {
        const counts = this.state.regions.get(current.id)!;
        this.state.regions.set(current.id, {
          ...copy(next),
          unitCount: counts.unitCount,
          memberCount: counts.memberCount,
          accountCount: counts.accountCount,
          adminCount: counts.adminCount,
          adminUsernames: counts.adminUsernames,
          lastActivityAt: counts.lastActivityAt,
        });
      });
    });
  }

  async recordActivity(regionId: string, at: string): Promise<void> {
    const region = this.state.regions.get(regionId);
    if (region && (region.lastActivityAt === null || region.lastActivityAt < at)) this.state.regions.set(regionId, { ...region, lastActivityAt: at });
  }

  private readonly actingSessions = new Map<string, ActingSession>();

  async startActing(session: ActingSession, alongside: Alongside): Promise<void> {
    await this.state.write((write) => {
      write.alongside(alongside);
      write.then(() => this.actingSessions.set(actingKey(session.regionId, session.username), copy(session)));
    });
  }

  async acting(regionId: string, username: string, now: Date): Promise<ActingSession | null> {
    const session = this.actingSessions.get(actingKey(regionId, username));
    return session && Date.parse(session.until) > now.getTime() ? copy(session) : null;
  }

  async endActing(regionId: string, username: string, alongside: Alongside): Promise<void> {
    await this.state.write((write) => {
      write.alongside(alongside);
      write.then(() => this.actingSessions.delete(actingKey(regionId, username)));
    });
  }
}

const actingKey = (regionId: string, username: string) => `${regionId}#${usernameKey(username)}`;

/** The scope of the platform's own lists (regions): no region's. */
export const PLATFORM_SCOPE = '#platform';

