/**
 * The promises of the outbox's store (domain/notifications/ports.ts: OutboxStore), as one suite run against each
 * implementation: the DynamoDB repository on DynamoDB Local (tests/integration/outbox-store.test.ts) and the memory twin
 * the use cases' unit tests use (memory-outbox.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { OutboxEntry, OutboxRecipient } from '../notifications/outbox';
import type { Ports } from '../ports';
import { contractKit } from './contract-kit';

export function outboxStoreContract(label: string, ports: Ports): void {
  const store = ports.outbox;
  const { newRegionId, everyPage } = contractKit(ports);

  const entry = (regionId: string, meetingId: string, notificationId: string, dueAt: string, recipient: OutboxRecipient): OutboxEntry => ({
    regionId, meetingId, notificationId, kind: 'REMINDER', offsetMinutes: 60, recipient, channel: 'IN_APP', dueAt, sentAt: '2026-03-19T00:31:00.000Z', readAt: null,
  });
  const unit = (id: string): OutboxRecipient => ({ kind: 'UNIT', id });

  describe(`${label}: the outbox, one entry per reminder and invitee`, () => {
    it('records each entry once and marks the reminder whole; a second record adds nothing and keeps the first sentAt', async () => {
      const regionId = newRegionId();
      const reminder = { meetingId: 'm1', notificationId: 'm1:reminder:60:x' };
      const entries = [unit('u1'), unit('u2'), { kind: 'MEMBER' as const, id: 'p1' }].map((r) => entry(regionId, 'm1', reminder.notificationId, '2026-03-19T00:30:00.000Z', r));
      expect(await store.recorded(regionId, [reminder])).toEqual(new Set());
      expect(await store.record(regionId, reminder, entries)).toBe(3);
      expect(await store.recorded(regionId, [reminder, { meetingId: 'm1', notificationId: 'other' }])).toEqual(new Set(['m1|m1:reminder:60:x']));
      expect(await store.record(regionId, reminder, entries.map((e) => ({ ...e, sentAt: '2026-03-19T00:40:00.000Z' })))).toBe(0);
      const listed = (await store.list(regionId, 'm1', { size: 10 })).edges.map((e) => e.node);
      expect(listed).toHaveLength(3);
      expect(listed.every((e) => e.sentAt === '2026-03-19T00:31:00.000Z' && e.readAt === null)).toBe(true);
      expect(listed).toContainEqual(entries[2]);
      expect((await store.list(newRegionId(), 'm1', { size: 10 })).edges).toEqual([]);
    });

    it('lists a meeting’s entries latest due first, in pages', async () => {
      const regionId = newRegionId();
      const day = { meetingId: 'm1', notificationId: 'm1:reminder:1440:x' };
      const hour = { meetingId: 'm1', notificationId: 'm1:reminder:60:x' };
      await store.record(regionId, day, [unit('u1'), unit('u2')].map((r) => entry(regionId, 'm1', day.notificationId, '2026-03-18T01:30:00.000Z', r)));
      await store.record(regionId, hour, [unit('u1'), unit('u2')].map((r) => entry(regionId, 'm1', hour.notificationId, '2026-03-19T00:30:00.000Z', r)));
      await store.record(regionId, { meetingId: 'm2', notificationId: 'm2:r' }, [entry(regionId, 'm2', 'm2:r', '2026-03-19T00:30:00.000Z', unit('u1'))]);
      const order = await everyPage((page) => store.list(regionId, 'm1', page), (e) => e.dueAt);
      expect(order).toEqual(['2026-03-19T00:30:00.000Z', '2026-03-19T00:30:00.000Z', '2026-03-18T01:30:00.000Z', '2026-03-18T01:30:00.000Z']);
    });

    it('markRead sets readAt once, on entries that exist; it creates none', async () => {
      const regionId = newRegionId();
      const reminder = { meetingId: 'm1', notificationId: 'm1:reminder:60:x' };
      const [first, second] = [unit('u1'), unit('u2')].map((r) => entry(regionId, 'm1', reminder.notificationId, '2026-03-19T00:30:00.000Z', r)) as [OutboxEntry, OutboxEntry];
      await store.record(regionId, reminder, [first, second]);
      await store.markRead(regionId, [first, { ...first, recipient: unit('nobody') }], '2026-03-19T01:00:00.000Z');
      await store.markRead(regionId, [first], '2026-03-19T02:00:00.000Z');
      const readAt = Object.fromEntries((await store.list(regionId, 'm1', { size: 10 })).edges.map((e) => [e.node.recipient.id, e.node.readAt]));
      expect(readAt).toEqual({ u1: '2026-03-19T01:00:00.000Z', u2: null });
    });
  });
}
