import { authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import type { TransactStep } from '../../store/transact';
import { pageSize } from '../paging';
import { retryOnCounterRace } from '../retry';
import { badInput, conflict, notFound } from '../errors';
import { claimUpload } from '../files/service';
import type { Ports } from '../ports';
import { ACTIVE_STATUSES } from '../units/rules';
import { PAIRING_TARGET_KINDS } from '../units/unit';
import { parseInput } from '../validation';
import { auditStep } from '../audit/service';
import type { Pairing } from './pairing';
import { createPairingInput, endPairingInput } from './rules';

/** A unit's pairings: visible to whoever may see the unit. */
export function listPairings(principal: Principal, unitId: string, args: { first?: number | null; after?: string | null }, ports: Ports) {
  authorize(principal, 'Query.unit', { unitId });
  return ports.pairings.listForUnit(principal.regionId, unitId, pageSize(args.first), args.after);
}

/** 结对共建 (000 art.12): a unit that is not itself a village/community pairs with one that is. */
export async function createPairing(principal: Principal, input: unknown, ports: Ports): Promise<Pairing> {
  authorize(principal, 'Mutation.createPairing');
  const data = parseInput(createPairingInput, input);
  let agreement: { file: Pairing['agreement']; step: TransactStep } | null = null;
  return retryOnCounterRace(async () => {
    const [unit, community] = await ports.units.getMany(principal.regionId, [data.unitId, data.communityId]);
    if (!unit) throw badInput('unitId', '结对单位不存在');
    if (!community) throw badInput('communityId', '结对村(社区)不存在');
    if (PAIRING_TARGET_KINDS.includes(unit.hostKind)) throw badInput('unitId', '村或社区不作为结对单位一方，请选择驻区单位');
    if (!PAIRING_TARGET_KINDS.includes(community.hostKind)) throw badInput('communityId', '结对对象须为村或社区');
    if (!ACTIVE_STATUSES.includes(unit.status)) throw badInput('unitId', '单位已暂停或退出，不能结对');
    if (!ACTIVE_STATUSES.includes(community.status)) throw badInput('communityId', '村(社区)已暂停或退出，不能结对');
    // Claimed once: a retry after a counter race reuses the verified file and its step.
    if (data.agreementUploadId && !agreement) {
      agreement = await claimUpload(principal, data.agreementUploadId, 'agreementUploadId', ports);
    }
    const now = ports.now().toISOString();
    const pairing: Pairing = {
      id: ports.newId(),
      regionId: principal.regionId,
      unitId: unit.id,
      communityId: community.id,
      startsOn: data.startsOn,
      endsOn: data.endsOn ?? null,
      content: data.content,
      agreement: agreement?.file ?? null,
      status: 'ACTIVE',
      endedOn: null,
      endReason: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    const audit = auditStep(principal, ports, { operation: 'createPairing', recordType: 'Pairing', recordId: pairing.id, version: 1, before: null, after: pairing });
    await ports.pairings.create(pairing, unit, community, [...(agreement ? [agreement.step] : []), audit]);
    return pairing;
  });
}

export function endPairing(principal: Principal, input: unknown, ports: Ports): Promise<Pairing> {
  authorize(principal, 'Mutation.endPairing');
  const data = parseInput(endPairingInput, input);
  return retryOnCounterRace(async () => {
    const current = await ports.pairings.get(principal.regionId, data.id);
    if (!current) throw notFound('结对', data.id);
    if (current.version !== data.version) throw conflict();
    if (current.status === 'ENDED') throw badInput('id', '该结对已结束');
    if (data.endedOn < current.startsOn) throw badInput('endedOn', '结束日期不能早于协议开始日期');
    const [unit, community] = await ports.units.getMany(principal.regionId, [current.unitId, current.communityId]);
    if (!unit || !community) throw notFound('单位', !unit ? current.unitId : current.communityId);
    const ended: Pairing = {
      ...current,
      status: 'ENDED',
      endedOn: data.endedOn,
      endReason: data.reason ?? null,
      version: current.version + 1,
      updatedAt: ports.now().toISOString(),
    };
    const audit = auditStep(principal, ports, { operation: 'endPairing', recordType: 'Pairing', recordId: ended.id, version: ended.version, before: current, after: ended });
    await ports.pairings.end(current, ended, unit, community, [audit]);
    return ended;
  });
}
