import { z } from 'zod';
import { calendarDate, id, optionalText, requiredText, version } from '../validation';

export const createPairingInput = z
  .object({
    unitId: id('结对单位'),
    communityId: id('结对村(社区)'),
    startsOn: calendarDate('协议开始日期'),
    endsOn: calendarDate('协议结束日期').nullable().optional(),
    content: requiredText(2000, '共建内容'),
    agreementUploadId: id('协议书').nullable().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.endsOn && p.endsOn < p.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '协议结束日期不能早于开始日期' });
    }
    if (p.unitId === p.communityId) {
      ctx.addIssue({ code: 'custom', path: ['communityId'], message: '单位不能与自己结对' });
    }
  });

export const endPairingInput = z.object({
  id: id('结对'),
  version,
  endedOn: calendarDate('结束日期'),
  reason: optionalText(500, '结束原因'),
});

/** A pairing whose agreed term has run out but which nobody has ended. */
export const isExpired = (pairing: { status: string; endsOn: string | null }, today: string): boolean =>
  pairing.status === 'ACTIVE' && pairing.endsOn !== null && pairing.endsOn < today;
