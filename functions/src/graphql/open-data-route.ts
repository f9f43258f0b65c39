import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { contentDisposition, OPEN_DATA_LIST_NAMES, OPEN_DATA_PREFIX, openDataFile, parseOpenDataPath } from '../domain/publication/open-data';
import type { Ports } from '../domain/ports';

/** How long a browser and CloudFront keep an open-data file: short, so an unpublish shows within a minute. */
export const OPEN_DATA_MAX_AGE_SECONDS = 60;

/** Whether a request is for open data (served by the same handler as /graphql: the handler routes by path). */
export const isOpenDataPath = (path: string | undefined): boolean => !!path && path.startsWith(OPEN_DATA_PREFIX);

const problem = (statusCode: number, message: string, code: string, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
});

/**
 * `GET /open/{regionId}/{year}/{needs|resources|projects|resolutions}.{csv|xlsx}`: a published list of a year as a file, for anyone
 * (no token read). The body is base64 (API Gateway and the local server send the bytes); the file's Chinese name in
 * Content-Disposition (RFC 5987) with an ASCII fallback.
 */
export async function serveOpenData(event: APIGatewayProxyEventV2, ports: Ports): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext?.http?.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return problem(405, '只支持 GET 请求', 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
  const request = parseOpenDataPath(event.rawPath);
  if (!request) return problem(404, '没有这个公开数据文件：地址应为 /open/{区域}/{年度}/{needs|resources|projects|resolutions}.{csv|xlsx}', 'NOT_FOUND');
  const file = await openDataFile(request, ports);
  if (!file) return problem(404, '区域不存在', 'NOT_FOUND');
  const fallback = `${OPEN_DATA_LIST_NAMES[request.type]}-${request.year}.${request.format}`;
  return {
    statusCode: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName, fallback),
      'cache-control': `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
      'x-content-type-options': 'nosniff',
    },
    body: method === 'HEAD' ? '' : Buffer.from(file.bytes).toString('base64'),
    isBase64Encoded: method !== 'HEAD',
  };
}
