import { z } from 'zod';
import { id, requiredText, version } from '../validation';
import { PARTNER_SCOPES, type PartnerScope } from './partner-client';

/** A client id as Cognito makes them (letters and digits, up to 128), or a local issuer's (with `-`). */
export const clientId = z
  .string({ required_error: '缺少客户端 ID', invalid_type_error: '客户端 ID 须为文字' })
  .transform((s) => s.trim())
  .refine((s) => /^[\w+-]{1,128}$/.test(s), '客户端 ID 无效');

export const partnerScopes = z
  .array(z.enum(PARTNER_SCOPES, { errorMap: () => ({ message: `授权范围只能是 ${PARTNER_SCOPES.join('、')}` }) }), {
    required_error: '请选择授权范围',
    invalid_type_error: '授权范围须为列表',
  })
  .min(1, '至少选择一项授权范围')
  // Kept in the one canonical order, each once: the same scopes always read the same.
  .transform((scopes): PartnerScope[] => PARTNER_SCOPES.filter((s) => scopes.includes(s)));

export const registerPartnerClientInput = z.object({
  regionId: id('区域'),
  name: requiredText(50, '系统名称'),
  scopes: partnerScopes,
});

export const partnerClientInput = z.object({ clientId, version: version.nullish() });

export const partnerClientsArgs = z.object({ regionId: id('区域') });
