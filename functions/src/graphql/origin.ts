import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * The header CloudFront adds to every request it forwards to the HTTP API, with a value only the stack
 * knows (a Secrets Manager secret resolved at deploy into the distribution and the function's
 * environment). A request that reached the API's own endpoint directly lacks it and is refused before
 * Apollo, a token or a resolver is touched. CloudFront overwrites a viewer's header of the same name.
 */
export const ORIGIN_HEADER = 'x-gongjian-origin';

/** Whether the request carries the origin secret; compared in constant time (hashes of equal length). */
export function cameThroughCloudFront(headers: APIGatewayProxyEventV2['headers'], secret: string): boolean {
  const sent = headers[ORIGIN_HEADER] ?? Object.entries(headers).find(([name]) => name.toLowerCase() === ORIGIN_HEADER)?.[1];
  if (!sent) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(secret));
}

/** The answer to a request that bypassed CloudFront: no body of the API's, nothing about why. */
export function notThroughCloudFront(): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 403,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ message: '请通过平台的正式地址访问', extensions: { code: 'FORBIDDEN' } }] }),
  };
}
