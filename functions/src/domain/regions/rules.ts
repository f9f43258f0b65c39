import { z } from 'zod';
import { id, optionalText, requiredText, version } from '../validation';

/** Renaming a region or changing its superior organisation (its slug stays: public URLs use it). */
export const updateRegionInput = z.object({
  id: id('区域'),
  version,
  name: requiredText(50, '区域名称'),
  superiorOrganization: optionalText(100, '上级党组织'),
});

export const suspendRegionInput = z.object({ id: id('区域'), version, reason: requiredText(200, '停用原因') });

export const regionChangeInput = z.object({ id: id('区域'), version });

/** A platform admin's read-only visit: the reason is kept in the region's audit trail. */
export const actInRegionInput = z.object({ regionId: id('区域'), reason: requiredText(200, '代管原因') });
