/**
 * The promises of the 议题征集 store (domain/meetings/ports.ts: SolicitationStore), as one suite run against each
 * implementation: the DynamoDB repository on DynamoDB Local (tests/integration/solicitation-store.test.ts) and the
 * memory twin the use cases' unit tests use (memory-solicitations.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../meetings/meeting';
import type { AgendaSolicitation, SolicitationReply } from '../meetings/solicitation';
import type { Ports } from '../ports';
import { AlreadyTakenError, GuardFailedError, StaleVersionError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function solicitationStoreContract(label: string, ports: Ports): void {
  const store = ports.solicitations;
  const { newRegionId, stamp, alongside, auditCount } = contractKit(ports);

  const round = (regionId: string, meetingId: string, overrides: Partial<AgendaSolicitation> = {}): AgendaSolicitation => ({
    regionId, meetingId, meetingTitle: '联席会议', meetingStartsAt: '2026-03-20T01:30:00.000Z', question: '请提出议题', closesAt: '2026-03-10T10:00:00.000Z',
    askedUnitIds: ['u1', 'u2'], state: 'OPEN', openedAt: stamp(), openedBy: '秘书处', closedAt: null, closedBy: null, version: 1, ...overrides,
  });
  const reply = (regionId: string, meetingId: string, unitId: string, version = 1): SolicitationReply => ({
    regionId, meetingId, unitId, proposals: [{ title: `议题 ${version}`, description: null, presenter: '张三', adoptedAgendaItemId: null }], opinion: '同意',
    repliedAt: stamp(), repliedBy: '联络员', version,
  });
  const meeting = (regionId: string, id: string): Meeting => ({
    id, regionId, title: '联席会议', kind: 'JOINT_MEETING', status: 'DRAFT', startsAt: '2026-03-20T01:30:00.000Z', endsAt: '2026-03-20T04:00:00.000Z',
    place: null, onlineLink: null, convenerUnitId: null, subBodyId: null, chair: null, recorder: null, invitedUnitIds: ['u1', 'u2'], invitedMemberIds: [], agenda: [], notice: null,
    statusReason: null, checkInCode: null, approvedAt: null, approvedBy: null, version: 1, createdAt: stamp(), updatedAt: stamp(),
  });

  describe(`${label}: 议题征集 rounds and replies in the meeting's partition`, () => {
    it('opens one round per meeting, with its audit entry; saves at its version', async () => {
      const regionId = newRegionId();
      const r = round(regionId, 'm1');
      expect(await store.get(regionId, 'm1')).toBeNull();
      await store.open(r, alongside(regionId, 'm1.solicit'));
      expect(await store.get(regionId, 'm1')).toEqual(r);
      await expect(store.open(round(regionId, 'm1'), alongside(regionId, 'm1.solicit'))).rejects.toBeInstanceOf(AlreadyTakenError);
      const closed = { ...r, state: 'CLOSED' as const, closedAt: stamp(), closedBy: '秘书处', version: 2 };
      await store.save({ current: r, next: closed }, alongside(regionId, 'm1.solicit'));
      await expect(store.save({ current: r, next: { ...closed, version: 2 } }, alongside(regionId, 'm1.solicit'))).rejects.toBeInstanceOf(StaleVersionError);
      expect(await store.get(regionId, 'm1')).toEqual(closed);
      expect(await auditCount(regionId, 'm1.solicit')).toBe(2);
    });

    it('keeps one reply per unit at its version, only while the round is open; two units replying at once both land', async () => {
      const regionId = newRegionId();
      const r = round(regionId, 'm1');
      await store.open(r, alongside(regionId, 'm1.solicit'));
      const first = reply(regionId, 'm1', 'u1');
      await store.saveReply({ current: null, next: first }, alongside(regionId, 'm1.u1'));
      await expect(store.saveReply({ current: null, next: reply(regionId, 'm1', 'u1') }, alongside(regionId, 'm1.u1'))).rejects.toBeInstanceOf(StaleVersionError);
      const second = reply(regionId, 'm1', 'u1', 2);
      await store.saveReply({ current: first, next: second }, alongside(regionId, 'm1.u1'));
      await Promise.all([
        store.saveReply({ current: null, next: reply(regionId, 'm1', 'u2') }, alongside(regionId, 'm1.u2')),
        store.saveReply({ current: null, next: reply(regionId, 'm1', 'u3') }, alongside(regionId, 'm1.u3')),
      ]);
      expect((await store.replies(regionId, 'm1')).map((x) => [x.unitId, x.version])).toEqual([['u1', 2], ['u2', 1], ['u3', 1]]);
      expect(await store.getReply(regionId, 'm1', 'u1')).toEqual(second);
      expect(await store.getReplies(regionId, [{ meetingId: 'm1', unitId: 'u9' }, { meetingId: 'm1', unitId: 'u1' }])).toEqual([null, second]);
      expect(await auditCount(regionId, 'm1.u1')).toBe(2);
      await store.save({ current: r, next: { ...r, state: 'CLOSED', version: 2 } }, alongside(regionId, 'm1.solicit'));
      await expect(store.saveReply({ current: second, next: reply(regionId, 'm1', 'u1', 3) }, alongside(regionId, 'm1.u1'))).rejects.toBeInstanceOf(GuardFailedError);
      expect(await store.getReply(regionId, 'm1', 'u1')).toEqual(second);
      expect(await auditCount(regionId, 'm1.u1')).toBe(2);
    });

    it('adopt writes the meeting and the reply with both audit entries, or nothing when either is stale', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId, `m-${randomUUID().slice(0, 6)}`);
      await ports.meetings.create(m, alongside(regionId, m.id));
      await store.open(round(regionId, m.id), alongside(regionId, `${m.id}.solicit`));
      const r = reply(regionId, m.id, 'u1');
      await store.saveReply({ current: null, next: r }, alongside(regionId, `${m.id}.u1`));
      const item = { id: 'a1', order: 1, title: r.proposals[0]!.title, presenterUnitId: 'u1', presenter: '张三', plannedMinutes: null, materials: [] };
      const next = { ...m, agenda: [item], version: 2 };
      const adopted = { ...r, proposals: [{ ...r.proposals[0]!, adoptedAgendaItemId: 'a1' }], version: 2 };
      await expect(store.adopt({ current: m, next }, { current: { ...r, version: 5 }, next: adopted }, alongside(regionId, m.id), alongside(regionId, `${m.id}.u1`).audit)).rejects.toBeInstanceOf(StaleVersionError);
      expect((await ports.meetings.get(regionId, m.id))!.version).toBe(1);
      await store.adopt({ current: m, next }, { current: r, next: adopted }, alongside(regionId, m.id), alongside(regionId, `${m.id}.u1`).audit);
      expect((await ports.meetings.get(regionId, m.id))!.agenda).toEqual([item]);
      expect(await store.getReply(regionId, m.id, 'u1')).toEqual(adopted);
      expect(await auditCount(regionId, m.id)).toBe(2);
      expect(await auditCount(regionId, `${m.id}.u1`)).toBe(2);
      await expect(store.adopt({ current: m, next }, { current: adopted, next: adopted }, alongside(regionId, m.id), alongside(regionId, `${m.id}.u1`).audit)).rejects.toBeInstanceOf(StaleVersionError);
    });

    it("lists a unit's open rounds closing from now on, earliest first; closed rounds and other units' drop out", async () => {
      const regionId = newRegionId();
      const late = round(regionId, 'm1', { closesAt: '2026-03-12T00:00:00.000Z' });
      const early = round(regionId, 'm2', { closesAt: '2026-03-11T00:00:00.000Z' });
      const past = round(regionId, 'm3', { closesAt: '2026-03-02T00:00:00.000Z' });
      const others = round(regionId, 'm4', { askedUnitIds: ['u2'] });
      for (const r of [late, early, past, others]) await store.open(r, alongside(regionId, `${r.meetingId}.solicit`));
      const now = '2026-03-05T00:00:00.000Z';
      expect((await store.openForUnit(regionId, 'u1', now, 50)).map((r) => r.meetingId)).toEqual(['m2', 'm1']);
      expect((await store.openForUnit(regionId, 'u1', now, 1)).map((r) => r.meetingId)).toEqual(['m2']);
      await store.save({ current: early, next: { ...early, state: 'CLOSED', version: 2 } }, alongside(regionId, 'm2.solicit'));
      expect((await store.openForUnit(regionId, 'u1', now, 50)).map((r) => r.meetingId)).toEqual(['m1']);
      expect(await store.openForUnit(newRegionId(), 'u1', now, 50)).toEqual([]);
    });
  });
}
