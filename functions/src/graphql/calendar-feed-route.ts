import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { CALENDAR_FEED_PREFIX, parseFeedPath } from '../domain/calendar-feeds/feed';
import { feedCalendar } from '../domain/calendar-feeds/service';
import { ICS_CONTENT_TYPE } from '../domain/meetings/calendar';
import type { Ports } from '../domain/ports';

/** Whether a request is for a calendar feed (served by the same handler as /graphql: the handler routes by path). */
export const isCalendarFeedPath = (path: string | undefined): boolean => !!path && path.startsWith(CALENDAR_FEED_PREFIX);

/** Every refusal reads the same: an unknown, revoked or malformed secret is not told apart (and never logged). */
const notFound = () => problem(404, '没有这个日历订阅', 'NOT_FOUND');

const problem = (statusCode: number, message: string, code: string, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
});

/**
 * `GET /calendar/{secret}.ics`: a person's meetings as an iCalendar feed (domain/calendar-feeds), for a calendar app
 * that cannot sign in: the secret is the key. Never cached (a revoked or replaced URL stops at once; the body is
 * personal) and not indexed.
 */
export async function serveCalendarFeed(event: APIGatewayProxyEventV2, ports: Ports): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext?.http?.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return problem(405, '只支持 GET 请求', 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
  const secret = parseFeedPath(event.rawPath);
  const text = secret ? await feedCalendar(secret, ports) : null;
  if (text === null) return notFound();
  return {
    statusCode: 200,
    headers: {
      'content-type': ICS_CONTENT_TYPE,
      'content-disposition': 'inline; filename="gongjian.ics"',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'x-robots-tag': 'noindex',
      'referrer-policy': 'no-referrer',
    },
    body: method === 'HEAD' ? '' : text,
  };
}
