import type { AuditedRecord } from '../audit/audit';
import type { Unit, UnitPerson } from '../units/unit';

/**
 * 变更备案 (002 art.25): a unit's fixed representative (固定代表) or liaison (联络员) changed, to be filed (备案) by the
 * secretariat. Recorded by the unit's change itself, in the same write; pending until the secretariat files it.
 */
export const REPRESENTATIVE_POSTS = ['REPRESENTATIVE', 'LIAISON'] as const;
export type RepresentativePost = (typeof REPRESENTATIVE_POSTS)[number];
export const REPRESENTATIVE_POST_LABELS: Record<RepresentativePost, string> = { REPRESENTATIVE: '固定代表', LIAISON: '联络员' };

/** The unit's field each post is kept in. */
const POST_FIELDS = { REPRESENTATIVE: 'representative', LIAISON: 'liaison' } as const satisfies Record<RepresentativePost, keyof Unit>;

export interface RepresentativeChange {
  id: string;
  regionId: string;
  unitId: string;
  post: RepresentativePost;
  previous: UnitPerson | null;
  next: UnitPerson | null;
  changedAt: string;
  /** The display name of who changed the unit. */
  changedBy: string;
  /** Null until the secretariat files it (备案). */
  filedAt: string | null;
  filedBy: string | null;
  version: number;
}

export interface RepresentativeChangeFilter {
  unitId?: string;
  /** true: 已备案; false: 待备案; absent: both. */
  filed?: boolean;
}

export const REPRESENTATIVE_CHANGE_AUDIT: AuditedRecord = { type: 'RepresentativeChange', ignoredFields: ['previous', 'next'], unitFields: ['unitId'] };

const personKey = (p: UnitPerson | null) => p?.name.trim() ?? '';

/**
 * The filings a unit's change makes: one per post whose person changed — appointed, replaced or removed (the name
 * differs). A corrected title or phone of the same person is no change of person and is not filed.
 */
export function representativeChangesOf(current: Unit, next: Unit, made: { newId: () => string; at: string; by: string }): RepresentativeChange[] {
  return REPRESENTATIVE_POSTS.filter((post) => personKey(current[POST_FIELDS[post]]) !== personKey(next[POST_FIELDS[post]])).map((post) => ({
    id: made.newId(),
    regionId: next.regionId,
    unitId: next.id,
    post,
    previous: current[POST_FIELDS[post]],
    next: next[POST_FIELDS[post]],
    changedAt: made.at,
    changedBy: made.by,
    filedAt: null,
    filedBy: null,
    version: 1,
  }));
}
