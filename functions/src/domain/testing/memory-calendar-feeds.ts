import type { Alongside } from '../alongside';
import type { CalendarFeed } from '../calendar-feeds/feed';
import type { CalendarFeedStore } from '../calendar-feeds/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { copy, keyOf, type MemoryState } from './memory-state';

/** Calendar feeds in memory, with the same refusals as store/calendar-feed-repository.ts. */
export class MemoryCalendarFeedStore implements CalendarFeedStore {
  /** Secret hash → feed. */
  readonly feeds = new Map<string, CalendarFeed>();
  /** (region, user) → the live feed's hash. */
  readonly owners = new Map<string, string>();

  constructor(private readonly state: MemoryState) {}

  async bySecretHash(secretHash: string): Promise<CalendarFeed | null> {
    return copy(this.feeds.get(secretHash) ?? null);
  }

  async ofUser(regionId: string, userId: string): Promise<CalendarFeed | null> {
    const hash = this.owners.get(keyOf(regionId, userId));
    return hash ? this.bySecretHash(hash) : null;
  }

  async replace(current: CalendarFeed | null, next: CalendarFeed, alongside: Alongside): Promise<void> {
    const owner = keyOf(next.regionId, next.userId);
    await this.state.write((write) => {
      write.require(this.owners.get(owner) === current?.secretHash, () => new StaleVersionError({ type: 'CalendarFeed', id: next.userId }));
      write.require(!this.feeds.has(next.secretHash), () => new AlreadyTakenError('calendar-feed', next.userId));
      write.alongside(alongside);
      write.then(() => {
        if (current) this.feeds.delete(current.secretHash);
        this.feeds.set(next.secretHash, copy(next));
        this.owners.set(owner, next.secretHash);
      });
    });
  }

  async revoke(current: CalendarFeed, alongside: Alongside): Promise<void> {
    const owner = keyOf(current.regionId, current.userId);
    await this.state.write((write) => {
      const live = this.owners.get(owner);
      write.require(live !== undefined, () => new RecordMissingError({ type: 'CalendarFeed', id: current.userId }));
      write.require(live === current.secretHash, () => new StaleVersionError({ type: 'CalendarFeed', id: current.userId }));
      write.alongside(alongside);
      write.then(() => {
        this.feeds.delete(current.secretHash);
        this.owners.delete(owner);
      });
    });
  }

  async markUsed(secretHash: string, at: string): Promise<void> {
    const feed = this.feeds.get(secretHash);
    if (feed) feed.lastUsedAt = at;
  }
}
