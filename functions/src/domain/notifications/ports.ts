import type { ReadState } from './notification';

/**
 * Who read which in-app notices: one small record per person (not audited: reading changes no record of the alliance).
 * Marking is idempotent and never loses a concurrent mark (a set add, a later instant wins).
 */
export interface NotificationReadStore {
  readState(regionId: string, userId: string): Promise<ReadState>;
  markRead(regionId: string, userId: string, ids: readonly string[]): Promise<void>;
  markAllRead(regionId: string, userId: string, before: string): Promise<void>;
}
