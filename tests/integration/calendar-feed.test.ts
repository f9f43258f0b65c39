/**
 * Calendar feeds over HTTP (issue 16): people sign in with real tokens, make their feed through /graphql, and a
 * calendar app fetches `GET /calendar/{secret}.ics` from the local server, which hands it to the very Lambda
 * handler that answers /graphql (it routes by path) — without a token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureOutput } from '../../functions/src/observability/testing';
import { testTelemetry } from '../../functions/src/observability/telemetry';
import { signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { CREATE_UNIT, newRegion, serveWithIssuer, unitInput } from './harness';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('GET /calendar/{secret}.ics: a person’s meetings for its calendar app', () => {
  let base: string;
  const tokens: Record<'admin' | 'liaison', string> = { admin: '', liaison: '' };
  const meetings = { ours: '', theirs: '', cancelled: '' };

  const gql = async (who: keyof typeof tokens, query: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };
  const createFeed = async (who: keyof typeof tokens) => (await gql(who, 'mutation { createCalendarFeed { url feed { role createdAt lastUsedAt } } }')).data.createCalendarFeed;
  const fetchFeed = async (url: string) => {
    const response = await fetch(url);
    return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), text: (await response.text()).replace(/\r\n[ \t]/g, '') };
  };
  const eventOf = (text: string, meetingId: string) => text.split('BEGIN:VEVENT').find((event) => event.includes(`UID:${meetingId}@gongjian`));

  beforeAll(async () => {
    // Prepare: the liaison's unit and another; meetings noticed to each, and one of the liaison's cancelled after its notice.
    const env = await newRegion();
    const unit = async () => (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
    const [ownUnit, otherUnit] = [await unit(), await unit()];
    const noticed = async (title: string, unitId: string, days: number) => {
      const at = (hours: number) => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();
      const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
        input: { title, kind: 'JOINT_MEETING', startsAt: at(0), endsAt: at(2), place: '党群服务中心', invitedUnitIds: [unitId], agenda: [{ title: '通报' }] },
      });
      const id = created.data.createMeeting.id as string;
      await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { id } }', { input: { meetingId: id, version: 1 } });
      return id;
    };
    meetings.ours = await noticed('本单位受邀的联席会议', ownUnit, 20);
    meetings.theirs = await noticed('其他单位的专题会议', otherUnit, 21);
    meetings.cancelled = await noticed('已取消的协调会', ownUnit, 22);
    const cancel = await env.gql('mutation($input: ChangeMeetingStatusInput!) { cancelMeeting(input: $input) { status } }', {
      input: { id: meetings.cancelled, version: 2, reason: '时间冲突' },
    });
    expect(cancel.data.cancelMeeting.status).toBe('CANCELLED');

    const served = await serveWithIssuer({ regionId: env.regionId, liaisonUnitId: ownUnit, anonymousLimit: null, telemetry: testTelemetry('gongjian-api', { logLevel: 'DEBUG' }) });
    closers.push(served.close);
    base = served.url;
    tokens.admin = (await signInWithPassword(base, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET })).accessToken;
    tokens.liaison = (await signInWithPassword(base, { username: 'liaison', password: DEMO_PASSWORD })).accessToken;
  });

  it("gives the secretariat every meeting of the region, a cancelled one CANCELLED, each linking its meeting page; the URL is shown once", async () => {
    const made = await createFeed('admin');
    expect(made.url).toMatch(new RegExp(`^${base}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(made.feed).toMatchObject({ role: 'REGION_ADMIN', lastUsedAt: null });
    const feed = await fetchFeed(made.url);
    expect(feed).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8', cache: 'private, no-store' });
    expect(eventOf(feed.text, meetings.ours)).toContain('STATUS:CONFIRMED');
    expect(eventOf(feed.text, meetings.ours)).toContain(`URL:${base}/meetings/${meetings.ours}`);
    expect(eventOf(feed.text, meetings.theirs)).toContain('SUMMARY:其他单位的专题会议');
    expect(eventOf(feed.text, meetings.cancelled)).toContain('STATUS:CANCELLED');
    // The caller reads its feed, never the secret.
    const read = await gql('admin', '{ calendarFeed { role createdAt lastUsedAt } }');
    expect(read.data.calendarFeed).toMatchObject({ role: 'REGION_ADMIN', createdAt: made.feed.createdAt });
    expect(read.data.calendarFeed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(read)).not.toContain(made.url.split('/calendar/')[1]!.slice(0, 43));
  });

  it("gives a liaison its unit's noticed meetings only, linking its notice page", async () => {
    const { url } = await createFeed('liaison');
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(eventOf(feed.text, meetings.ours)).toContain(`URL:${base}/notices/${meetings.ours}`);
    expect(eventOf(feed.text, meetings.cancelled)).toContain('STATUS:CANCELLED');
    expect(eventOf(feed.text, meetings.theirs)).toBeUndefined();
    expect(feed.text).not.toContain('其他单位的专题会议');
  });

  it('answers 404 to the old URL once a new one is made, to a revoked URL, and to anything else under /calendar/, saying nothing more', async () => {
    const output = captureOutput();
    try {
      const old = await createFeed('admin');
      const fresh = await createFeed('admin');
      expect((await fetchFeed(old.url)).status).toBe(404);
      expect((await fetchFeed(fresh.url)).status).toBe(200);
      const liaisonFeed = await createFeed('liaison');
      expect((await gql('liaison', 'mutation { revokeCalendarFeed }')).data.revokeCalendarFeed).toBe(true);
      const revoked = await fetchFeed(liaisonFeed.url);
      expect(revoked.status).toBe(404);
      expect(JSON.parse(revoked.text)).toEqual({ errors: [{ message: '没有这个日历订阅', extensions: { code: 'NOT_FOUND' } }] });
      expect((await gql('liaison', '{ calendarFeed { createdAt } }')).data.calendarFeed).toBeNull();
      for (const path of ['/calendar/', '/calendar/nope.ics', `/calendar/${'A'.repeat(43)}.ics`, `/calendar/${'A'.repeat(43)}`]) {
        expect((await fetchFeed(`${base}${path}`)).text).toBe(revoked.text);
      }
      // Nothing the handler logged (at DEBUG) carries a secret.
      const written = output.text();
      expect(written).toContain('calendarFeedFetch');
      for (const url of [old.url, fresh.url, liaisonFeed.url]) expect(written).not.toContain(url.split('/calendar/')[1]!.slice(0, 43));
    } finally {
      output.restore();
    }
  });
});
