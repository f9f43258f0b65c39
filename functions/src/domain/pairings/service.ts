import { authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import { planArchiveFiling } from '../archive/service';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound, type DomainError } from '../errors';
import { claimUpload, uploadRefusal, type ClaimedUpload } from '../files/service';
import { pageRequest, readPage } from '../paging';
import type { Ports } from '../ports';
import { retryOnCounterRace } from '../retry';
import { UNIT_GUARDS } from '../units/ports';
import { ACTIVE_STATUSES } from '../units/rules';
import { PAIRING_TARGET_KINDS, type Unit } from '../units/unit';
import { parseInput } from '../validation';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { PAIRING_AUDIT, type Pairing } from './pairing';
import { pairingPolicy } from './policy';
import { ACTIVE_PAIRING_GUARD, type PairingSides } from './ports';
import { createPairingInput, endPairingInput } from './rules';

/** A unit's pairings: visible to whoever may see the unit. */
export async function listPairings(principal: Principal, unitId: string, args: { first?: number | null; after?: string | null }, ports: Ports) {
  const { regionId } = authorize(principal, pairingPolicy.listForUnit, { unitId });
  return readPage(ports.pairings.listForUnit(regionId, unitId, pageRequest(args)));
}

/** 结对共建 (000 art.12): a unit that is not itself a village/community pairs with one that is. */
export async function createPairing(principal: Principal, input: unknown, ports: Ports): Promise<Pairing> {
  const caller = authorize(principal, pairingPolicy.create);
  const data = parseInput(createPairingInput, input);
  // Claimed once: a retry after a counter race reuses the verified file.
  let agreement: ClaimedUpload | null = null;
  return retryOnCounterRace(async () => {
    const [unit, community] = await ports.units.getMany(caller.regionId, [data.unitId, data.communityId]);
    if (!unit) throw badInput('unitId', '结对单位不存在');
    if (!community) throw badInput('communityId', '结对村(社区)不存在');
    if (PAIRING_TARGET_KINDS.includes(unit.hostKind)) throw badInput('unitId', '村或社区不作为结对单位一方，请选择驻区单位');
    if (!PAIRING_TARGET_KINDS.includes(community.hostKind)) throw badInput('communityId', '结对对象须为村或社区');
    if (!ACTIVE_STATUSES.includes(unit.status)) throw badInput('unitId', '单位已暂停或退出，不能结对');
    if (!ACTIVE_STATUSES.includes(community.status)) throw badInput('communityId', '村(社区)已暂停或退出，不能结对');
    if (data.agreementUploadId && !agreement) agreement = await claimUpload(caller, data.agreementUploadId, 'agreementUploadId', ports);
    const now = ports.now().toISOString();
    const pairing: Pairing = {
      id: ports.newId(),
      regionId: caller.regionId,
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
    const audit = recordChange(caller, ports, PAIRING_AUDIT, { operation: 'createPairing', recordId: pairing.id, version: 1, before: null, after: pairing });
    const sides = { unit, community };
    // The agreement is filed into the archive (共建协议, the unit's) with the pairing.
    const archive = agreement
      ? await planArchiveFiling(caller, {
          id: `pairing-${pairing.id}`, title: `${unit.name}与${community.name}结对共建协议`, folder: 'AGREEMENTS', year: Number(data.startsOn.slice(0, 4)),
          unitId: unit.id, note: `协议期 ${data.startsOn} 起`,
        }, agreement.file, ports)
      : undefined;
    await refusing(ports.pairings.create(pairing, sides, { audit, uploads: agreement ? [agreement.claim] : [], ...(archive ? { archive: [archive] } : {}) }), (r) =>
      uploadRefusal([agreement], r) ?? pairingRefusal(r, sides),
    );
    return pairing;
  });
}

export async function endPairing(principal: Principal, input: unknown, ports: Ports): Promise<Pairing> {
  const caller = authorize(principal, pairingPolicy.end);
  const data = parseInput(endPairingInput, input);
  return retryOnCounterRace(async () => {
    const current = await ports.pairings.get(caller.regionId, data.id);
    if (!current) throw notFound('结对', data.id);
    if (current.version !== data.version) throw conflict();
    if (current.status === 'ENDED') throw badInput('id', '该结对已结束');
    if (data.endedOn < current.startsOn) throw badInput('endedOn', '结束日期不能早于协议开始日期');
    const [unit, community] = await ports.units.getMany(caller.regionId, [current.unitId, current.communityId]);
    if (!unit || !community) throw notFound('单位', !unit ? current.unitId : current.communityId);
    const ended: Pairing = {
      ...current,
      status: 'ENDED',
      endedOn: data.endedOn,
      endReason: data.reason ?? null,
      version: current.version + 1,
      updatedAt: ports.now().toISOString(),
    };
    const audit = recordChange(caller, ports, PAIRING_AUDIT, { operation: 'endPairing', recordId: ended.id, version: ended.version, before: current, after: ended });
    await refusing(ports.pairings.end({ current, next: ended }, { unit, community }, { audit }), (r) => pairingRefusal(r, { unit, community }));
    return ended;
  });
}

/** What the user reads when a pairing write is refused. */
function pairingRefusal(refusal: WriteRefusedError, sides: PairingSides): DomainError | undefined {
  const field = (unit: Pick<Unit, 'id'>) => (unit.id === sides.unit.id ? 'unitId' : 'communityId');
  if (refusal instanceof AlreadyTakenError && refusal.guard === ACTIVE_PAIRING_GUARD) {
    return badInput('communityId', `“${sides.unit.name}”与“${sides.community.name}”已有生效的结对`);
  }
  if (refusal instanceof GuardFailedError && refusal.guard === UNIT_GUARDS.takingPart) {
    return field(refusal.record) === 'unitId' ? badInput('unitId', '单位已暂停或退出，不能结对') : badInput('communityId', '村(社区)已暂停或退出，不能结对');
  }
  if (refusal instanceof RecordMissingError) return notFound(refusal.record.type === 'Pairing' ? '结对' : '单位', refusal.record.id);
  if (refusal instanceof StaleVersionError) return conflict();
  return undefined;
}
