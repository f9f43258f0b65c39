/**
 * The promises of a meeting's proceedings store (domain/meetings/ports.ts: ProceedingsStore, and MeetingStore.listNotices),
 * as one suite run against each implementation: the DynamoDB repository on DynamoDB Local
 * (tests/integration/proceedings-store.test.ts) and the memory twin the use cases' unit tests use
 * (memory-proceedings.test.ts). The same scenarios, the same refusals.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pointsEntryId, type Credit } from '../engagement/points';
import type { Meeting } from '../meetings/meeting';
import { LOCKED_STATUSES, RECORDING_STATUSES as OPEN } from '../meetings/minutes-rules';
import type { ActionItemFilter } from '../meetings/ports';
import type { ActionItem, Attendance, MeetingOpinion, Minutes, MinutesVersion, Resolution, ResolutionReceipt, UnitPosition } from '../meetings/proceedings';
import { CursorRejectedError } from '../paging';
import type { Ports } from '../ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError, WriteRefusedError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function proceedingsStoreContract(label: string, ports: Ports): void {
  const store = ports.proceedings;
  const { newRegionId, stamp, alongside, auditCount, everyPage } = contractKit(ports);

  /** What a write was refused with: `AlreadyTaken:guard`, `RecordMissing:Type`, `StaleVersion:Type`, or `ok`. */
  async function outcome(write: Promise<void>): Promise<string> {
    try {
      await write;
      return 'ok';
    } catch (error) {
      if (error instanceof AlreadyTakenError) return `AlreadyTaken:${error.guard}`;
      if (error instanceof RecordMissingError) return `RecordMissing:${error.record.type}`;
      if (error instanceof StaleVersionError) return `StaleVersionError:${error.record.type}`;
      if (error instanceof WriteRefusedError) return error.name;
      throw error;
    }
  }


  function meeting(regionId: string, overrides: Partial<Meeting> = {}): Meeting {
    const at = stamp();
    return {
      id: randomUUID(), regionId, title: '联席会议', kind: 'JOINT_MEETING', status: 'HELD', startsAt: '2026-12-20T01:00:00.000Z', endsAt: '2026-12-20T03:00:00.000Z',
      place: '党群服务中心', onlineLink: null, convenerUnitId: 'u-convener', subBodyId: null, chair: '主持人', recorder: '记录人', invitedUnitIds: ['u1', 'u2', 'u3'], invitedMemberIds: [],
      agenda: [
        { id: 'a1', order: 1, title: '议题一', presenterUnitId: null, presenter: null, plannedMinutes: 20, materials: [] },
        { id: 'a2', order: 2, title: '议题二', presenterUnitId: 'u1', presenter: '张三', plannedMinutes: null, materials: [] },
      ],
      notice: { sentAt: at, sentBy: 'tester', daysBeforeStart: 7, lateReason: null, recipientCount: 3 }, statusReason: null, checkInCode: '123456',
      approvedAt: null, approvedBy: null, version: 1, createdAt: at, updatedAt: at, ...overrides,
    };
  }
  async function createMeeting(regionId: string, overrides: Partial<Meeting> = {}): Promise<Meeting> {
    const m = meeting(regionId, overrides);
    await ports.meetings.create(m, alongside(regionId, m.id));
    return m;
  }

  const attendanceOf = (m: Pick<Meeting, 'regionId' | 'id'>, unitId: string, overrides: Partial<Attendance> = {}): Attendance => ({
    regionId: m.regionId, meetingId: m.id, unitId, invitedMemberId: null, status: 'PRESENT', source: 'CHECK_IN', attendee: '李四', memberId: null, leaveReason: null, delegate: null,
    checkedInAt: stamp(), late: false, recordedBy: 'tester', version: 1, updatedAt: stamp(), ...overrides,
  });

  const minutesOf = (m: Pick<Meeting, 'regionId' | 'id'>, agendaItemId: string, version: number, overrides: Partial<Minutes> = {}): Minutes => ({
    regionId: m.regionId, meetingId: m.id, agendaItemId, text: `讨论情况 v${version}`, decision: '同意实施', version, savedBy: 'tester', savedAt: stamp(),
    files: [{ key: `k/${version}`, name: '纪要.docx', contentType: 'application/octet-stream', size: 1024, sha256: 'abc', uploadedBy: 'tester', uploadedAt: stamp() }],
    addenda: [], ...overrides,
  });
  const versionOf = (minutes: Minutes): MinutesVersion => ({
    regionId: minutes.regionId, meetingId: minutes.meetingId, agendaItemId: minutes.agendaItemId, version: minutes.version, text: minutes.text,
    decision: minutes.decision, fileNames: minutes.files.map((f) => f.name), changed: ['text'], savedBy: minutes.savedBy, savedAt: minutes.savedAt,
  });

  const positionOf = (m: Pick<Meeting, 'regionId' | 'id'>, agendaItemId: string, unitId: string, overrides: Partial<UnitPosition> = {}): UnitPosition => ({
    regionId: m.regionId, meetingId: m.id, agendaItemId, unitId, position: 'CONCUR', view: null, recordedBy: 'tester', recordedAt: stamp(), ...overrides,
  });

  const resolutionOf = (m: Pick<Meeting, 'regionId' | 'id'>, agendaItemId: string, overrides: Partial<Resolution> = {}): Resolution => ({
    id: randomUUID(), regionId: m.regionId, meetingId: m.id, agendaItemId, number: `2026-12-20-${agendaItemId.slice(1)}`, title: '议题', text: '决议内容',
    reservedViews: [{ unitId: 'u2', view: '保留意见' }], adoptedAt: stamp(), ...overrides,
  });

  const actionItemOf = (m: Pick<Meeting, 'regionId' | 'id'>, overrides: Partial<ActionItem> = {}): ActionItem => {
    const at = stamp();
    return {
      id: randomUUID(), regionId: m.regionId, meetingId: m.id, meetingKind: 'JOINT_MEETING', meetingStartsAt: '2026-12-20T01:00:00.000Z', resolutionId: 'r1',
      title: '落实事项', responsibleUnitIds: ['u1'], dueOn: '2027-01-31', doneWhen: '完成整治', status: 'OPEN', reports: [], version: 1, createdAt: at, updatedAt: at,
      ...overrides,
    };
  };

  const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

  describe(`${label}: wrong check-in codes are counted per caller and meeting`, () => {
    it('counts every wrong code, also sent at once, and keeps callers and meetings apart; none is 0', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      expect(await store.checkInFailures(regionId, m.id, 'user-a')).toBe(0);
      const counts = await Promise.all(Array.from({ length: 5 }, () => store.addCheckInFailure(regionId, m.id, 'user-a')));
      expect([...counts].sort()).toEqual([1, 2, 3, 4, 5]);
      expect(await store.checkInFailures(regionId, m.id, 'user-a')).toBe(5);
      expect(await store.addCheckInFailure(regionId, m.id, 'user-b')).toBe(1);
      expect(await store.checkInFailures(regionId, 'other-meeting', 'user-a')).toBe(0);
      // The counter is no part of the meeting's attendance.
      expect(await store.attendance(regionId, m.id)).toEqual([]);
    });
  });

  describe(`${label}: attendance is saved at the version read, with its credit once`, () => {
    it('the first save needs none recorded; later saves the version read; the meeting lists every unit recorded', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      expect(await store.getAttendance(regionId, m.id, 'u1')).toBeNull();
      const first = attendanceOf(m, 'u1');
      await store.saveAttendance({ current: null, next: first }, alongside(regionId, `${m.id}/u1`));
      expect(await store.getAttendance(regionId, m.id, 'u1')).toEqual(first);
      const leave = attendanceOf(m, 'u2', { status: 'LEAVE', source: 'LEAVE_REQUEST', leaveReason: '出差', delegate: '王五', checkedInAt: null, attendee: null });
      await store.saveAttendance({ current: null, next: leave }, alongside(regionId, `${m.id}/u2`));
      const late = { ...first, late: true, version: 2 };
      await store.saveAttendance({ current: first, next: late }, alongside(regionId, `${m.id}/u1`));
      expect(await store.getAttendance(regionId, m.id, 'u1')).toEqual(late);
      expect((await store.attendance(regionId, m.id)).sort(byKey((a) => a.unitId))).toEqual([late, leave]);
      expect(await auditCount(regionId, `${m.id}/u1`)).toBe(2);
      expect(await store.attendance(regionId, randomUUID())).toEqual([]);
    });

    it('a member invited in person has an attendance of its own, apart from its unit\'s (which the units\' list keeps to)', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const unit = attendanceOf(m, 'u1');
      const member = attendanceOf(m, 'u1', { invitedMemberId: 'm7', memberId: 'm7', attendee: '张三' });
      await store.saveAttendance({ current: null, next: unit }, alongside(regionId, 'unit'));
      await store.saveAttendance({ current: null, next: member }, alongside(regionId, 'member'));
      expect(await store.getAttendance(regionId, m.id, 'u1')).toEqual(unit);
      expect(await store.getMemberAttendance(regionId, m.id, 'm7')).toEqual(member);
      expect(await store.getMemberAttendance(regionId, m.id, 'u1')).toBeNull();
      expect(await store.attendance(regionId, m.id)).toEqual([unit]);
      expect(await store.memberAttendance(regionId, m.id)).toEqual([member]);
      // Versioned like a unit's: a second first save is stale.
      expect(await outcome(store.saveAttendance({ current: null, next: { ...member, status: 'ABSENT' } }, alongside(regionId, 'again')))).toBe('StaleVersionError:MeetingAttendance');
      const absent = { ...member, status: 'ABSENT' as const, version: 2 };
      await store.saveAttendance({ current: member, next: absent }, alongside(regionId, 'member'));
      expect(await store.memberAttendance(regionId, m.id)).toEqual([absent]);
    });

    it('a save at a stale version, or a first save where one exists, is StaleVersion(MeetingAttendance) and writes nothing', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const first = attendanceOf(m, 'u1');
      await store.saveAttendance({ current: null, next: first }, alongside(regionId, 'first'));
      expect(await outcome(store.saveAttendance({ current: null, next: { ...first, attendee: '另一人' } }, alongside(regionId, 'again')))).toBe('StaleVersionError:MeetingAttendance');
      expect(await outcome(store.saveAttendance({ current: { ...first, version: 5 }, next: { ...first, version: 6 } }, alongside(regionId, 'stale')))).toBe(
        'StaleVersionError:MeetingAttendance',
      );
      const missing = attendanceOf(m, 'u9');
      expect(await outcome(store.saveAttendance({ current: missing, next: { ...missing, version: 2 } }, alongside(regionId, 'missing')))).toBe(
        'StaleVersionError:MeetingAttendance',
      );
      expect(await store.getAttendance(regionId, m.id, 'u1')).toEqual(first);
      expect(await store.getAttendance(regionId, m.id, 'u9')).toBeNull();
      for (const id of ['again', 'stale', 'missing']) expect(await auditCount(regionId, id)).toBe(0);
    });

    it('a save with a credit puts the points entry and moves the figures; a second credit of the member is AlreadyTaken(points-entry) and writes nothing', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const credit = (): Credit => ({
        figures: { meetingsAttended: 1 },
        entry: {
          id: pointsEntryId('MEETING', m.id), regionId, memberId: 'm1', year: 2026, kind: 'MEETING', correcting: null, sourceId: m.id, basis: 1, points: 2,
          reason: '参加会议', rulesVersion: 0, createdAt: stamp(), createdBy: 'tester',
        },
      });
      const first = attendanceOf(m, 'u1', { memberId: 'm1' });
      await store.saveAttendance({ current: null, next: first }, alongside(regionId, 'first'), credit());
      const figures = async () => (await ports.points.figures(regionId, 2026, ['m1']))[0]!;
      expect(await figures()).toMatchObject({ meetingsAttended: 1, points: 2 });
      expect((await ports.points.entries(regionId, 'm1', 2026, { size: 10 })).edges.map((e) => e.node.id)).toEqual([pointsEntryId('MEETING', m.id)]);
      // The same member credited again for the meeting (another unit's check-in with the same member): nothing is written.
      const other = attendanceOf(m, 'u2', { memberId: 'm1' });
      expect(await outcome(store.saveAttendance({ current: null, next: other }, alongside(regionId, 'twice'), credit()))).toBe('AlreadyTaken:points-entry');
      expect(await store.getAttendance(regionId, m.id, 'u2')).toBeNull();
      expect(await figures()).toMatchObject({ meetingsAttended: 1, points: 2 });
      expect(await auditCount(regionId, 'twice')).toBe(0);
      // A stale attendance with a fresh credit: the attendance is what is refused, and the credit is not written either.
      const fresh: Credit = { ...credit(), entry: { ...credit().entry, id: randomUUID(), memberId: 'm2' } };
      expect(await outcome(store.saveAttendance({ current: null, next: { ...first, memberId: 'm2' } }, alongside(regionId, 'stale'), fresh))).toBe(
        'StaleVersionError:MeetingAttendance',
      );
      expect(await ports.points.figures(regionId, 2026, ['m2'])).toEqual([expect.objectContaining({ points: 0, meetingsAttended: 0 })]);
    });
  });

  describe(`${label}: opinions, one per unit and item, by item then unit`, () => {
    it('a new opinion replaces the unit\'s on the item; pages in the order of (item, unit)', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const opinion = (agendaItemId: string, unitId: string, text = '意见'): MeetingOpinion => ({
        regionId, meetingId: m.id, agendaItemId, unitId, text, submittedBy: 'tester', submittedAt: stamp(),
      });
      for (const [item, unit] of [['a2', 'u1'], ['a1', 'u2'], ['a1', 'u1'], ['a2', 'u3']] as const) await store.putOpinion(opinion(item, unit), alongside(regionId, 'o'));
      const replaced = opinion('a1', 'u2', '新的意见');
      await store.putOpinion(replaced, alongside(regionId, 'o'));
      const listed = await everyPage((page) => store.opinions(regionId, m.id, page), (o) => `${o.agendaItemId}/${o.unitId}:${o.text}`);
      expect(listed).toEqual(['a1/u1:意见', 'a1/u2:新的意见', 'a2/u1:意见', 'a2/u3:意见']);
      expect(await auditCount(regionId, 'o')).toBe(5);
      const page = await store.opinions(regionId, m.id, { size: 1 });
      await expect(store.opinions(regionId, randomUUID(), { size: 1, after: page.pageInfo.endCursor })).rejects.toBeInstanceOf(CursorRejectedError);
    });
  });

  describe(`${label}: minutes are saved at the version read, each save a new version`, () => {
    it('saves keep every version, newest first; the latest is the minutes; other items and meetings stay apart', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      let current: Minutes | null = null;
      for (let version = 1; version <= 5; version++) {
        const next = minutesOf(m, 'a1', version);
        await store.saveMinutes({ current, next }, versionOf(next), alongside(regionId, `${m.id}/a1`), OPEN);
        current = next;
      }
      const other = minutesOf(m, 'a2', 1, { decision: null, files: [] });
      await store.saveMinutes({ current: null, next: other }, versionOf(other), alongside(regionId, `${m.id}/a2`), OPEN);
      expect(await store.getMinutes(regionId, m.id, 'a1')).toEqual(current);
      expect((await store.minutes(regionId, m.id)).sort(byKey((x) => x.agendaItemId))).toEqual([current, other]);
      expect(await everyPage((page) => store.minutesVersions(regionId, m.id, 'a1', page), (v) => v.version)).toEqual([5, 4, 3, 2, 1]);
      expect(await everyPage((page) => store.minutesVersions(regionId, m.id, 'a2', page), (v) => v)).toEqual([versionOf(other)]);
      expect((await store.minutesVersions(regionId, m.id, 'a1', { size: 1 })).edges[0]!.node).toEqual(versionOf(current!));
      expect(await store.minutesVersions(regionId, randomUUID(), 'a1', { size: 5 })).toEqual({ edges: [], pageInfo: { endCursor: null, hasNextPage: false } });
      expect(await auditCount(regionId, `${m.id}/a1`)).toBe(5);
    });

    it('a save at a stale version (or a first save where minutes exist) is StaleVersion(Minutes): no minutes, no version, no audit entry', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      const first = minutesOf(m, 'a1', 1);
      await store.saveMinutes({ current: null, next: first }, versionOf(first), alongside(regionId, 'first'), OPEN);
      const second = minutesOf(m, 'a1', 2);
      await store.saveMinutes({ current: first, next: second }, versionOf(second), alongside(regionId, 'second'), OPEN);
      // Two editors read version 1; the second one to save is refused.
      const late = minutesOf(m, 'a1', 2, { text: '晚到的修改' });
      expect(await outcome(store.saveMinutes({ current: first, next: late }, versionOf(late), alongside(regionId, 'late'), OPEN))).toBe('StaleVersionError:Minutes');
      const again = minutesOf(m, 'a1', 1, { text: '重复的首稿' });
      expect(await outcome(store.saveMinutes({ current: null, next: again }, versionOf(again), alongside(regionId, 'again'), OPEN))).toBe('StaleVersionError:Minutes');
      expect(await store.getMinutes(regionId, m.id, 'a1')).toEqual(second);
      expect(await everyPage((page) => store.minutesVersions(regionId, m.id, 'a1', page), (v) => v)).toEqual([versionOf(second), versionOf(first)]);
      expect(await auditCount(regionId, 'late')).toBe(0);
      expect(await auditCount(regionId, 'again')).toBe(0);
    });
  });

  describe(`${label}: concurrent writes from the same read: one wins, the others are refused`, () => {
    it('two first check-ins of a unit, two saves of the minutes from one version, two approvals of one meeting', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      const checkIns = await Promise.all(['甲', '乙'].map((attendee) => outcome(store.saveAttendance({ current: null, next: attendanceOf(m, 'u1', { attendee }) }, alongside(regionId, 'race')))));
      expect(checkIns.sort()).toEqual(['StaleVersionError:MeetingAttendance', 'ok']);
      expect(await store.attendance(regionId, m.id)).toHaveLength(1);

      const first = minutesOf(m, 'a1', 1);
      await store.saveMinutes({ current: null, next: first }, versionOf(first), alongside(regionId, 'minutes'), OPEN);
      const edits = ['甲的修改', '乙的修改', '丙的修改'].map((text) => minutesOf(m, 'a1', 2, { text }));
      const saved = await Promise.all(edits.map((next) => outcome(store.saveMinutes({ current: first, next }, versionOf(next), alongside(regionId, 'minutes'), OPEN))));
      expect(saved.filter((o) => o === 'ok')).toHaveLength(1);
      expect(saved.filter((o) => o === 'StaleVersionError:Minutes')).toHaveLength(2);
      const winner = edits[saved.indexOf('ok')]!;
      expect(await store.getMinutes(regionId, m.id, 'a1')).toEqual(winner);
      expect(await everyPage((page) => store.minutesVersions(regionId, m.id, 'a1', page), (v) => v.text)).toEqual([winner.text, first.text]);

      const approvals = await Promise.all(
        ['甲', '乙'].map((by) =>
          outcome(store.approve({ current: m, next: { ...m, status: 'MINUTES_APPROVED', approvedBy: by, version: 2 } }, [resolutionOf(m, 'a1')], alongside(regionId, 'approve'))),
        ),
      );
      expect(approvals.sort()).toEqual(['StaleVersionError:Meeting', 'ok']);
      expect(await store.resolutionsOf(regionId, m.id)).toHaveLength(1);
      expect(await everyPage((page) => store.resolutions(regionId, page), (r) => r.id)).toHaveLength(1);
    });
  });

  describe(`${label}: positions are put whole, replacing`, () => {
    it('a put replaces a unit\'s position on an item; positions read by meeting or item', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      await store.putPositions([positionOf(m, 'a1', 'u1'), positionOf(m, 'a1', 'u2'), positionOf(m, 'a2', 'u1')], alongside(regionId, 'p'), OPEN);
      const objection = positionOf(m, 'a1', 'u2', { position: 'OBJECT', view: '需再论证' });
      await store.putPositions([objection], alongside(regionId, 'p'), OPEN);
      const key = (p: UnitPosition) => `${p.agendaItemId}/${p.unitId}`;
      const onA1 = (await store.positions(regionId, m.id, 'a1')).sort(byKey(key));
      expect(onA1.map(key)).toEqual(['a1/u1', 'a1/u2']);
      expect(onA1[1]).toEqual(objection);
      expect((await store.positions(regionId, m.id)).map(key).sort()).toEqual(['a1/u1', 'a1/u2', 'a2/u1']);
      expect(await store.positions(regionId, m.id, 'a9')).toEqual([]);
      expect(await auditCount(regionId, 'p')).toBe(2);
    });

    it('200 positions (more than one transaction) are all readable, with one audit entry', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      const many = Array.from({ length: 200 }, (_, i) => positionOf(m, `a${i % 2}`, `u${String(i).padStart(3, '0')}`, { view: '说明'.repeat(20) }));
      await store.putPositions(many, alongside(regionId, 'many'), OPEN);
      const read = await store.positions(regionId, m.id);
      expect(read.length).toBe(200);
      const key = (p: UnitPosition) => `${p.agendaItemId}/${p.unitId}`;
      expect(read.sort(byKey(key))).toEqual([...many].sort(byKey(key)));
      expect((await store.positions(regionId, m.id, 'a1')).length).toBe(100);
      expect(await auditCount(regionId, 'many')).toBe(1);
    });

    it('minutes and positions are refused once the meeting left the statuses named (approved: locked), nothing written', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId, { status: 'MINUTES_APPROVED' });
      const next: Minutes = { regionId, meetingId: m.id, agendaItemId: 'a1', text: '迟到的修改', decision: null, files: [], addenda: [], version: 1, savedBy: 't', savedAt: stamp() };
      const version: MinutesVersion = { ...next, fileNames: [], changed: ['text'] };
      expect(await outcome(store.saveMinutes({ current: null, next }, version, alongside(regionId, 'late'), OPEN))).toBe('GuardFailedError');
      expect(await outcome(store.putPositions([positionOf(m, 'a1', 'u1')], alongside(regionId, 'late'), OPEN))).toBe('GuardFailedError');
      expect(await store.getMinutes(regionId, m.id, 'a1')).toBeNull();
      expect(await store.positions(regionId, m.id)).toEqual([]);
      expect(await auditCount(regionId, 'late')).toBe(0);
      // An addendum is written in the locked statuses.
      await store.saveMinutes({ current: null, next }, version, alongside(regionId, 'addendum'), LOCKED_STATUSES);
      expect((await store.getMinutes(regionId, m.id, 'a1'))?.text).toBe('迟到的修改');
    });
  });

  describe(`${label}: approval writes the meeting and its resolutions together`, () => {
    it('approve puts the meeting at its version and every resolution; readable by meeting, by id and region-wide, newest first', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      const resolutions = [resolutionOf(m, 'a1'), resolutionOf(m, 'a2')];
      const approved = { ...m, status: 'MINUTES_APPROVED' as const, approvedAt: stamp(), approvedBy: 'tester', version: 2 };
      await store.approve({ current: m, next: approved }, resolutions, alongside(regionId, m.id));
      expect(await ports.meetings.get(regionId, m.id)).toEqual(approved);
      expect((await store.resolutionsOf(regionId, m.id)).sort(byKey((r) => r.agendaItemId))).toEqual(resolutions);
      expect(await store.getResolutions(regionId, [resolutions[1]!.id, 'nope', resolutions[0]!.id])).toEqual([resolutions[1], null, resolutions[0]]);
      expect(await store.getResolutions(newRegionId(), [resolutions[0]!.id])).toEqual([null]);

      const later = await createMeeting(regionId);
      const laterResolution = resolutionOf(later, 'a1');
      await store.approve({ current: later, next: { ...later, status: 'MINUTES_APPROVED', version: 2 } }, [laterResolution], alongside(regionId, later.id));
      // No resolutions (nothing reached consensus): the meeting alone.
      const empty = await createMeeting(regionId);
      await store.approve({ current: empty, next: { ...empty, status: 'MINUTES_APPROVED', version: 2 } }, [], alongside(regionId, empty.id));
      expect(await store.resolutionsOf(regionId, empty.id)).toEqual([]);
      expect(await everyPage((page) => store.resolutions(regionId, page), (r) => r.id)).toEqual([laterResolution.id, resolutions[1]!.id, resolutions[0]!.id]);
      expect(await everyPage((page) => store.resolutions(newRegionId(), page), (r) => r.id)).toEqual([]);
      expect(await auditCount(regionId, m.id)).toBe(2);
    });

    it('a stale or missing meeting is refused and writes no resolution; a resolution that exists is AlreadyTaken(resolution) and the meeting stays', async () => {
      const regionId = newRegionId();
      const m = await createMeeting(regionId);
      const saved = { ...m, title: '改过的标题', version: 2 };
      await ports.meetings.save({ current: m, next: saved }, alongside(regionId, m.id));
      const stale = [resolutionOf(m, 'a1')];
      expect(await outcome(store.approve({ current: m, next: { ...m, status: 'MINUTES_APPROVED', version: 2 } }, stale, alongside(regionId, 'stale')))).toBe(
        'StaleVersionError:Meeting',
      );
      expect(await store.resolutionsOf(regionId, m.id)).toEqual([]);
      expect(await store.getResolutions(regionId, [stale[0]!.id])).toEqual([null]);
      expect(await everyPage((page) => store.resolutions(regionId, page), (r) => r.id)).toEqual([]);
      expect(await auditCount(regionId, 'stale')).toBe(0);

      const ghost = meeting(regionId);
      expect(await outcome(store.approve({ current: ghost, next: { ...ghost, version: 2 } }, [resolutionOf(ghost, 'a1')], alongside(regionId, 'ghost')))).toBe(
        'RecordMissing:Meeting',
      );
      expect(await ports.meetings.get(regionId, ghost.id)).toBeNull();

      const first = resolutionOf(saved, 'a1');
      const approved = { ...saved, status: 'MINUTES_APPROVED' as const, version: 3 };
      await store.approve({ current: saved, next: approved }, [first], alongside(regionId, 'first'));
      // Approving again from the approved meeting with the same resolution, or another for the same item: refused, nothing moves.
      const again = { ...approved, approvedBy: '又一次', version: 4 };
      expect(await outcome(store.approve({ current: approved, next: again }, [first], alongside(regionId, 'again')))).toBe('AlreadyTaken:resolution');
      const sameItem = resolutionOf(saved, 'a1', { text: '另一份决议' });
      expect(await outcome(store.approve({ current: approved, next: again }, [resolutionOf(saved, 'a2'), sameItem], alongside(regionId, 'again')))).toBe(
        'AlreadyTaken:resolution',
      );
      expect(await ports.meetings.get(regionId, m.id)).toEqual(approved);
      expect(await store.resolutionsOf(regionId, m.id)).toEqual([first]);
      expect(await store.getResolutions(regionId, [sameItem.id])).toEqual([null]);
      expect(await auditCount(regionId, 'again')).toBe(0);
    });
  });

  describe(`${label}: receipts of the resolutions notice (签收), one per meeting and unit`, () => {
    const receiptOf = (m: Pick<Meeting, 'regionId' | 'id'>, unitId: string, overrides: Partial<ResolutionReceipt> = {}): ResolutionReceipt => ({
      regionId: m.regionId, meetingId: m.id, unitId, acknowledgedAt: stamp(), acknowledgedBy: '联络员', onBehalf: false, note: null, ...overrides,
    });

    it('a receipt is written once with its audit entry; read by meeting in unit order and by key in the order asked (null where none)', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const other = meeting(regionId);
      const u2 = receiptOf(m, 'u2', { onBehalf: true, acknowledgedBy: '秘书处', note: '纸质签收' });
      const u1 = receiptOf(m, 'u1');
      await store.putReceipt(u2, alongside(regionId, `${m.id}/u2`));
      await store.putReceipt(u1, alongside(regionId, `${m.id}/u1`));
      await store.putReceipt(receiptOf(other, 'u1'), alongside(regionId, `${other.id}/u1`));
      expect(await store.receipts(regionId, m.id)).toEqual([u1, u2]);
      expect(await store.getReceipts(regionId, [{ meetingId: m.id, unitId: 'u2' }, { meetingId: m.id, unitId: 'u3' }, { meetingId: m.id, unitId: 'u1' }])).toEqual([u2, null, u1]);
      expect(await store.receipts(newRegionId(), m.id)).toEqual([]);
      expect(await auditCount(regionId, `${m.id}/u2`)).toBe(1);
    });

    it('a second receipt of the unit, also sent at once, is AlreadyTaken(resolution-receipt): the first stays, no audit entry', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const first = receiptOf(m, 'u1');
      await store.putReceipt(first, alongside(regionId, 'first'));
      expect(await outcome(store.putReceipt(receiptOf(m, 'u1', { acknowledgedBy: '秘书处', onBehalf: true }), alongside(regionId, 'again')))).toBe('AlreadyTaken:resolution-receipt');
      const racing = await Promise.all([1, 2, 3].map((i) => outcome(store.putReceipt(receiptOf(m, 'u3', { note: `第${i}次` }), alongside(regionId, `race${i}`)))));
      expect(racing.filter((o) => o === 'ok')).toHaveLength(1);
      expect(racing.filter((o) => o === 'AlreadyTaken:resolution-receipt')).toHaveLength(2);
      expect(await store.receipts(regionId, m.id)).toHaveLength(2);
      expect(await store.getReceipts(regionId, [{ meetingId: m.id, unitId: 'u1' }])).toEqual([first]);
      expect(await auditCount(regionId, 'again')).toBe(0);
      expect((await Promise.all([1, 2, 3].map((i) => auditCount(regionId, `race${i}`)))).reduce((a, b) => a + b, 0)).toBe(1);
    });
  });

  describe(`${label}: action items`, () => {
    it('create takes the id once; save at the version read (stale, missing refused); the meeting\'s items in the order made', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const first = actionItemOf(m);
      await store.createActionItem(first, alongside(regionId, first.id));
      expect(await store.getActionItem(regionId, first.id)).toEqual(first);
      expect(await outcome(store.createActionItem({ ...first, title: '重复' }, alongside(regionId, 'dup')))).toBe('AlreadyTaken:action-item-id');
      const second = actionItemOf(m, { dueOn: '2027-01-01' });
      await store.createActionItem(second, alongside(regionId, second.id));
      await store.createActionItem(actionItemOf(meeting(regionId)), alongside(regionId, 'elsewhere'));

      const reported = {
        ...first,
        reports: [{ unitId: 'u1', text: '已完成', files: [{ key: 'k', name: '照片.jpg', contentType: 'image/jpeg', size: 3, sha256: 'abc', uploadedBy: 't', uploadedAt: stamp() }], done: true, reportedBy: 't', reportedAt: stamp() }],
        status: 'DONE' as const, version: 2, updatedAt: stamp(),
      };
      await store.saveActionItem({ current: first, next: reported }, alongside(regionId, first.id));
      expect(await store.getActionItem(regionId, first.id)).toEqual(reported);
      expect(await outcome(store.saveActionItem({ current: first, next: { ...first, version: 2 } }, alongside(regionId, 'stale')))).toBe('StaleVersionError:ActionItem');
      const ghost = actionItemOf(m);
      expect(await outcome(store.saveActionItem({ current: ghost, next: { ...ghost, version: 2 } }, alongside(regionId, 'ghost')))).toBe('RecordMissing:ActionItem');
      expect(await store.getActionItem(regionId, ghost.id)).toBeNull();
      expect(await store.getActionItem(regionId, first.id)).toEqual(reported);
      expect(await store.actionItemsOf(regionId, m.id)).toEqual([reported, second]);
      for (const id of ['dup', 'stale', 'ghost']) expect(await auditCount(regionId, id)).toBe(0);
    });

    it('the region\'s items by due date, filtered by unit, status and overdue (all combined), across pages', async () => {
      const regionId = newRegionId();
      const m = meeting(regionId);
      const made: ActionItem[] = [];
      // 24 items: due dates spread over a month, units u1/u2 alternating (every third both), a third of them DONE.
      for (let i = 0; i < 24; i++) {
        const units = i % 3 === 0 ? ['u1', 'u2'] : i % 2 === 0 ? ['u1'] : ['u2'];
        const item = actionItemOf(m, { dueOn: `2027-01-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`, responsibleUnitIds: units, status: i % 3 === 1 ? 'DONE' : 'OPEN' });
        await store.createActionItem(item, alongside(regionId, item.id));
        made.push(item);
      }
      // A save that moves the status and the due date moves the item in every list.
      const moved = { ...made[0]!, status: 'DONE' as const, dueOn: '2026-12-31', version: 2 };
      await store.saveActionItem({ current: made[0]!, next: moved }, alongside(regionId, moved.id));
      made[0] = moved;

      const expected = (filter: ActionItemFilter) =>
        made
          .filter(
            (a) =>
              (!filter.unitId || a.responsibleUnitIds.includes(filter.unitId)) &&
              (!filter.status || a.status === filter.status) &&
              (!filter.overdueOn || (a.status === 'OPEN' && a.dueOn < filter.overdueOn)),
          )
          .sort(byKey((a) => `${a.dueOn}#${a.id}`))
          .map((a) => a.id);
      const filters: ActionItemFilter[] = [
        {}, { unitId: 'u1' }, { unitId: 'u2' }, { unitId: 'nobody' }, { status: 'OPEN' }, { status: 'DONE' }, { overdueOn: '2027-01-15' },
        { overdueOn: '2027-01-15', unitId: 'u2' }, { status: 'DONE', unitId: 'u1' }, { status: 'OPEN', overdueOn: '2027-01-10' }, { status: 'DONE', overdueOn: '2027-02-01' },
      ];
      for (const filter of filters) {
        const ids = await everyPage((page) => store.actionItems(regionId, filter, page), (a) => a.id, 3);
        expect({ filter, ids }).toEqual({ filter, ids: expected(filter) });
      }
      expect(expected({ overdueOn: '2027-01-15', unitId: 'u2' }).length).toBeGreaterThan(2);
      const first = await store.actionItems(regionId, { unitId: 'u1' }, { size: 2 });
      await expect(store.actionItems(regionId, { unitId: 'u2' }, { size: 2, after: first.pageInfo.endCursor })).rejects.toBeInstanceOf(CursorRejectedError);
      expect(await everyPage((page) => store.actionItems(newRegionId(), {}, page), (a) => a.id)).toEqual([]);
    });
  });

  describe(`${label}: a unit's notices (MeetingStore.listNotices)`, () => {
    it('only meetings with a notice that invite the unit, by start time, from an instant on, across pages', async () => {
      const regionId = newRegionId();
      const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T01:00:00.000Z`;
      const noticed = [];
      for (let day = 1; day <= 7; day++) noticed.push(await createMeeting(regionId, { startsAt: at(day), endsAt: at(day), invitedUnitIds: day % 2 ? ['u1', 'u2'] : ['u2'] }));
      const draft = await createMeeting(regionId, { startsAt: at(3), status: 'DRAFT', notice: null, invitedUnitIds: ['u1'] });
      const cancelled = await createMeeting(regionId, { startsAt: at(8), status: 'CANCELLED', invitedUnitIds: ['u1'] });
      const ids = (unitId: string, from?: string) => everyPage((page) => ports.meetings.listNotices(regionId, { unitId }, from, page), (m) => m.id);
      const forU1 = [...noticed.filter((_, i) => i % 2 === 0), cancelled];
      expect(await ids('u1')).toEqual(forU1.map((m) => m.id));
      expect(await ids('u1')).not.toContain(draft.id);
      expect(await ids('u2')).toEqual(noticed.map((m) => m.id));
      expect(await ids('u1', at(4))).toEqual(forU1.filter((m) => m.startsAt >= at(4)).map((m) => m.id));
      expect(await ids('u1', at(5))).toEqual([noticed[4]!.id, noticed[6]!.id, cancelled.id]);
      expect(await ids('u3')).toEqual([]);
      const page = await ports.meetings.listNotices(regionId, { unitId: 'u1' }, undefined, { size: 2 });
      expect(page.edges.map((e) => e.node)).toEqual([noticed[0], noticed[2]]);
      await expect(ports.meetings.listNotices(regionId, { unitId: 'u2' }, undefined, { size: 2, after: page.pageInfo.endCursor })).rejects.toBeInstanceOf(CursorRejectedError);
    });

    it('a member invited in person gets those notices besides its unit’s', async () => {
      const regionId = newRegionId();
      const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T01:00:00.000Z`;
      const ofUnit = await createMeeting(regionId, { startsAt: at(1), endsAt: at(1), invitedUnitIds: ['u1'] });
      const inPerson = await createMeeting(regionId, { startsAt: at(2), endsAt: at(2), invitedUnitIds: ['u9'], invitedMemberIds: ['m1'] });
      await createMeeting(regionId, { startsAt: at(3), endsAt: at(3), invitedUnitIds: ['u9'], invitedMemberIds: ['m2'] });
      await createMeeting(regionId, { startsAt: at(4), status: 'DRAFT', notice: null, invitedUnitIds: [], invitedMemberIds: ['m1'] });
      const ids = (recipient: { unitId: string; memberId?: string }) => everyPage((page) => ports.meetings.listNotices(regionId, recipient, undefined, page), (m) => m.id);
      expect(await ids({ unitId: 'u1', memberId: 'm1' })).toEqual([ofUnit.id, inPerson.id]);
      expect(await ids({ unitId: 'u1' })).toEqual([ofUnit.id]);
    });
  });
}
