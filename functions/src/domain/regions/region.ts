export const REGION_LEVELS = ['DISTRICT', 'STREET', 'TOWNSHIP'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** A region (区域): the tenant. */
export interface Region {
  id: string;
  name: string;
  level: RegionLevel;
  unitCount: number;
  createdAt: string;
}
