import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addArchiveDocument, deleteArchiveDocument } from '../domain/archive/service';
import { createMeeting, sendMeetingNotice } from '../domain/meetings/service';
import { givenRegion, givenUnit, givenUpload } from '../domain/testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../domain/testing/memory-ports';
import { loadMetrics } from '../observability/metrics';
import { testTelemetry } from '../observability/telemetry';
import { captureOutput } from '../observability/testing';
import { triggerReport } from '../observability/trigger';
import { createScheduledHandler, UnknownJobError } from './scheduled';
import { JOB_METRICS } from './scheduled-metrics';

const DAY = 86_400_000;
const metrics = await loadMetrics('gongjian-test-jobs', { STAGE: 'test' });
let output: ReturnType<typeof captureOutput>;
let ports: MemoryPorts;

const handlerOver = (over: MemoryPorts) =>
  createScheduledHandler({ ports: () => over, report: triggerReport({ logger: testTelemetry('gongjian-test-jobs').logger, metrics }), timeBudgetSeconds: 600 });
const metricLines = (name: string) => output.lines().filter((line) => '_aws' in line && name in line);
const errorLines = () => output.lines().filter((line) => line.level === 'ERROR');

async function filed(regionId: string, title: string) {
  const { admin } = await givenRegion(ports, regionId);
  const uploadId = await givenUpload(ports, admin, { fileName: `${title}.pdf` });
  return { admin, document: await addArchiveDocument(admin, { title, folder: 'PHOTOS', year: 2026, uploadId }, ports) };
}

beforeEach(() => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  output = captureOutput();
});
afterEach(() => output.restore());

describe('Method: scheduled handler', () => {
  it('runs archive-maintenance over every region: purged, verified, a document not intact logged and counted', async () => {
    // Prepare: region A has one document deleted long ago and one intact; region B one changed behind the product's back
    const a = await filed('r-a', '旧档案');
    await deleteArchiveDocument(a.admin, { id: a.document.id, version: 1 }, ports);
    await filed('r-a', '完好');
    const b = await filed('r-b', '被改动');
    ports.memory.tamper(b.document.current.file.key, new TextEncoder().encode('%PDF-1.4 forged'));
    ports.clock.advance(31 * DAY);
    // Act
    const summary = await handlerOver(ports)({ job: 'archive-maintenance' });
    // Assess
    expect(summary).toEqual({ job: 'archive-maintenance', regions: 2, purged: 1, verified: 2, problems: 1, failures: 0, unfinished: false });
    expect(await ports.archive.document('r-a', a.document.id)).toBeNull();
    expect(errorLines()).toEqual([expect.objectContaining({ message: 'archive document not intact', regionId: 'r-b', documentId: b.document.id, status: 'CHANGED' })]);
    expect(metricLines(JOB_METRICS.archiveProblems)).toHaveLength(1);
    expect(output.lines().find((line) => line.message === 'scheduled job done')).toMatchObject({ purged: 1, verified: 2 });
  });

  it('counts a region that fails and goes on with the others', async () => {
    await filed('r-a', '一');
    await filed('r-b', '二');
    const failing: MemoryPorts = {
      ...ports,
      archive: Object.assign(Object.create(ports.archive), {
        sweepCursor: async (regionId: string) => (regionId === 'r-a' ? Promise.reject(new Error('table unavailable')) : null),
      }),
    };
    // Act
    const summary = await handlerOver(failing)({ job: 'archive-maintenance' });
    // Assess
    expect(summary).toMatchObject({ regions: 2, verified: 1, failures: 1 });
    expect(errorLines()).toEqual([expect.objectContaining({ message: 'archive maintenance failed in a region', regionId: 'r-a' })]);
    expect(metricLines(JOB_METRICS.failures)).toHaveLength(1);
  });

  it('runs meeting-reminders over every region: the reminders due now recorded once, a failing region counted', async () => {
    // Prepare: a meeting in region A noticed 20 hours ahead, inviting one unit; then 59 minutes before its start (the 1-hour reminder is due)
    const { admin } = await givenRegion(ports, 'r-a');
    const unit = await givenUnit(ports, admin);
    const startsAt = new Date(ports.now().getTime() + 20 * 3_600_000).toISOString();
    const meeting = await createMeeting(admin, {
      title: '专题会议', kind: 'TOPIC_MEETING', startsAt, endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(), invitedUnitIds: [unit.id], agenda: [{ title: '议题' }],
    }, ports);
    await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1, lateReason: '工作需要，临时召开' }, ports);
    await givenRegion(ports, 'r-b');
    ports.clock.set(new Date(Date.parse(startsAt) - 59 * 60_000));
    const failing: MemoryPorts = {
      ...ports,
      meetings: Object.assign(Object.create(ports.meetings), {
        list: (regionId: string, ...rest: unknown[]) => (regionId === 'r-b' ? Promise.reject(new Error('table unavailable')) : (ports.meetings.list as Function)(regionId, ...rest)),
      }),
    };
    // Act
    const first = await handlerOver(failing)({ job: 'meeting-reminders' });
    const again = await handlerOver(ports)({ job: 'meeting-reminders' });
    // Assess
    expect(first).toMatchObject({ job: 'meeting-reminders', regions: 2, entries: 1, failures: 1 });
    expect(again).toMatchObject({ regions: 2, entries: 0, failures: 0 });
    expect((await ports.outbox.list('r-a', meeting.id, { size: 10 })).edges.map((e) => e.node.recipient)).toEqual([{ kind: 'UNIT', id: unit.id }]);
    expect(errorLines()).toEqual([expect.objectContaining({ message: 'meeting reminders failed in a region', regionId: 'r-b' })]);
    expect(metricLines(JOB_METRICS.failures)).toHaveLength(1);
  });

  it('refuses an event that names no job of the registry', async () => {
    await expect(handlerOver(ports)({ job: 'no-such-job' })).rejects.toBeInstanceOf(UnknownJobError);
    await expect(handlerOver(ports)({ job: 'toString' })).rejects.toBeInstanceOf(UnknownJobError);
  });
});
