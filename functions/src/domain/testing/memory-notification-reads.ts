import type { ReadState } from '../notifications/notification';
import type { NotificationReadStore } from '../notifications/ports';
import { keyOf } from './memory-state';

/** Who read which in-app notices, in memory (store/notification-read-repository.ts). */
export class MemoryNotificationReadStore implements NotificationReadStore {
  private readonly states = new Map<string, ReadState>();

  async readState(regionId: string, userId: string): Promise<ReadState> {
    const state = this.states.get(keyOf(regionId, userId));
    return { readIds: [...(state?.readIds ?? [])], allReadBefore: state?.allReadBefore ?? null };
  }

  async markRead(regionId: string, userId: string, ids: readonly string[]): Promise<void> {
    const state = await this.readState(regionId, userId);
    this.states.set(keyOf(regionId, userId), { ...state, readIds: [...new Set([...state.readIds, ...ids])] });
  }

  async markAllRead(regionId: string, userId: string, before: string): Promise<void> {
    const state = await this.readState(regionId, userId);
    if (state.allReadBefore !== null && state.allReadBefore >= before) return;
    this.states.set(keyOf(regionId, userId), { readIds: [], allReadBefore: before });
  }
}
