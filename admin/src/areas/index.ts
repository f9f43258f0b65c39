import { accountsArea } from '../routes/accounts/area';
import { allianceArea } from '../routes/alliance/area';
import { auditArea } from '../routes/audit/area';
import { archiveArea } from '../routes/archive/area';
import { evaluationArea } from '../routes/coming-soon';
import { engagementArea } from '../routes/engagement/area';
import { homeArea } from '../routes/home/area';
import { ledgerArea } from '../routes/ledger/area';
import { listsArea } from '../routes/lists/area';
import { meetingsArea } from '../routes/meetings/area';
import { memberRecordsArea } from '../routes/member-records/area';
import { membersArea } from '../routes/members/area';
import { partnerClientsArea } from '../routes/partner-clients/area';
import { platformArea } from '../routes/platform/area';
import { unitsArea } from '../routes/units/area';
import type { Area } from './area';

/**
 * The console's areas: adding one is its folder under `routes/` (pages, `area.tsx`, messages) and one line
 * here. The router (`main.tsx`), the side menu (`layout/menu.tsx`), `accessOf` (`auth/access.ts`) and the
 * dictionaries (`areas/messages.ts`) are built from this list. Order matters only for `home`: the first
 * area naming a home for the viewer gives it (home, the fallback, is last); the menu is sorted by `order`.
 */
export const AREAS = [
  platformArea,
  unitsArea,
  auditArea,
  accountsArea,
  membersArea,
  listsArea,
  engagementArea,
  ledgerArea,
  meetingsArea,
  memberRecordsArea,
  evaluationArea,
  archiveArea,
  allianceArea,
  partnerClientsArea,
  homeArea,
] as const;

type AnyArea = (typeof AREAS)[number];

/** Every area's message keys. */
export type AreaMessageKey = AnyArea extends infer A ? (A extends Area<infer K, object> ? K : never) : never;

type FlagsOf<A> = A extends Area<infer _K, infer F> ? F : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** What the console offers this viewer: every area's flags together (see each `area.tsx`). */
export type Access = Intersection<FlagsOf<AnyArea>>;
