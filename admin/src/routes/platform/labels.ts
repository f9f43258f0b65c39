import type { RegionLevel, RegionState } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** The schema's order: 区, 街道, 乡镇. */
export const REGION_LEVELS: readonly RegionLevel[] = ['DISTRICT', 'STREET', 'TOWNSHIP'];

/** Dictionary key of a level: the template type makes the compiler check each value has a label. */
export const regionLevelLabel = (v: RegionLevel): MessageKey => `enum.regionLevel.${v}`;

/** The API's rule for a slug (functions/src/domain/accounts/rules.ts), checked before sending. */
export const SLUG = /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/;

/** Dictionary key of a region's state (正常, 已停用). */
export const regionStateLabel = (v: RegionState): MessageKey => `enum.regionState.${v}`;
