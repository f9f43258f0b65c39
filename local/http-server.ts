import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { MAX_REQUEST_BYTES, payloadTooLarge, type GraphqlHandler } from '../functions/src/graphql/lambda';
import { IDLE_MINUTES } from '../functions/src/auth/session';
import { LOCAL_SPA_CLIENT_ID, LOCAL_USER_POOL_ID, type LocalIssuer } from './issuer';
import { createRateLimiter, type RateLimiter } from './rate-limit';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

export interface LocalHttpServerOptions {
  /**
   * Limits anonymous requests (no Authorization header) to `/graphql` and `/open/*` per client IP, as the WAF's
   * anonymous rule does in AWS; null: no limit. @default 60 a minute, bursts of 30 (local/rate-limit.ts)
   */
  anonymousLimit?: RateLimiter | null;
}

/** What an anonymous client over its limit reads (429), with when to come back. */
export const RATE_LIMITED_MESSAGE = '请求过于频繁，请稍后再试';

/**
 * One local origin: `/graphql`, the open data (`/open/*`) and the calendar feeds (`/calendar/*`) go to the very
 * Lambda handler the cloud runs (the request turned into an API Gateway v2 event, as the HTTP API does), everything
 * else is the built admin SPA.
 * Anonymous callers of the handler are rate-limited per IP (options.anonymousLimit).
 */
export function createLocalHttpServer(graphql: GraphqlHandler, siteDir: string, issuer?: LocalIssuer, options: LocalHttpServerOptions = {}): Server {
  const limiter = options.anonymousLimit === undefined ? createRateLimiter() : options.anonymousLimit;
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const toHandler = url.pathname === '/graphql' || url.pathname.startsWith('/open/') || url.pathname.startsWith('/calendar/');
    const done = toHandler
      ? limited(limiter, request, response) ?? serveHandler(graphql, request, response, url)
      : issuer && ISSUER_PATHS.has(url.pathname)
        ? serveIssuer(issuer, request, response, url.pathname)
        : serveSite(siteDir, url.pathname, response, request);
    done.catch((error) => {
      console.error('local server error', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('internal error');
    });
  });
}

/** Answers 429 (and returns its promise) when an anonymous client is over its limit; undefined to go on. */
function limited(limiter: RateLimiter | null, request: IncomingMessage, response: ServerResponse): Promise<void> | undefined {
  if (!limiter || request.headers.authorization) return undefined;
  const decision = limiter.take(request.socket.remoteAddress ?? 'unknown');
  if (decision.allowed) return undefined;
  request.resume();
  response.writeHead(429, {
    'content-type': 'application/json; charset=utf-8',
    'retry-after': String(decision.retryAfterSeconds),
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify({ errors: [{ message: RATE_LIMITED_MESSAGE, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: decision.retryAfterSeconds } }] }));
  return Promise.resolve();
}

/** `/cognito/` too: the AWS SDK, given the endpoint `${origin}/cognito`, posts to the endpoint's path plus `/`. */
const ISSUER_PATHS = new Set(['/.well-known/jwks.json', '/auth/config', '/cognito', '/cognito/', '/oauth2/token']);

/**
 * The local issuer's endpoints: the key set, the sign-in settings the admin SPA reads (in the cloud the
 * stack publishes the same document with the real pool), the Cognito API (people, and the admin actions the
 * accounts area calls with the local stack's credentials) and the OAuth 2
 * token endpoint (partners' client credentials).
 */
async function serveIssuer(issuer: LocalIssuer, request: IncomingMessage, response: ServerResponse, pathname: string) {
  const json = (status: number, body: unknown, contentType = 'application/json; charset=utf-8') => {
    response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  if (pathname === '/.well-known/jwks.json') return json(200, issuer.jwks());
  if (pathname === '/auth/config') {
    return json(200, { mode: 'cognito', userPoolId: LOCAL_USER_POOL_ID, userPoolClientId: LOCAL_SPA_CLIENT_ID, userPoolEndpoint: '/cognito', idleMinutes: IDLE_MINUTES });
  }
  if (request.method !== 'POST') return json(405, { error: 'method_not_allowed' });
  const raw = await readBody(request, 16 * 1024);
  if (raw === null) return json(413, { error: 'request_too_large' });
  if (pathname === '/cognito' || pathname === '/cognito/') {
    const action = String(request.headers['x-amz-target'] ?? '').replace(/^AWSCognitoIdentityProviderService\./, '');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return json(400, { __type: 'SerializationException', message: 'request body is not JSON' }, 'application/x-amz-json-1.1');
    }
    // The admin actions (the accounts area's directory) need the request's SigV4 signature: the issuer checks its key id.
    const result = await issuer.cognito(action, body, request.headers.authorization);
    return json(result.status, result.body, 'application/x-amz-json-1.1');
  }
  const result = await issuer.clientCredentials(Object.fromEntries(new URLSearchParams(raw)));
  return json(result.status, result.body);
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the limit the rest is read and dropped, so the client still gets the 413.
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}

async function serveHandler(graphql: GraphqlHandler, request: IncomingMessage, response: ServerResponse, url: URL) {
  const body = await readBody(request, MAX_REQUEST_BYTES);
  if (body === null) return send(response, payloadTooLarge());
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const method = request.method ?? 'GET';
  // The routes of the HTTP API (infra/lib/graphql-api.ts): /graphql, GET /open/{proxy+} and GET /calendar/{proxy+}.
  const routeKey = url.pathname === '/graphql' ? `${method} /graphql` : url.pathname.startsWith('/calendar/') ? `${method} /calendar/{proxy+}` : `${method} /open/{proxy+}`;
  // The scheme the request came with, as API Gateway forwards it (a calendar feed's URL is made from it).
  headers['x-forwarded-proto'] ??= 'http';
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    headers,
    requestContext: {
      accountId: 'local', apiId: 'local', domainName: 'localhost', domainPrefix: 'localhost', requestId: crypto.randomUUID(),
      routeKey, stage: '$default', time: new Date().toISOString(), timeEpoch: Date.now(),
      http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: request.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
    },
    body: body || undefined,
    isBase64Encoded: false,
  };
  send(response, await graphql(event, {} as Context));
}

function send(response: ServerResponse, result: APIGatewayProxyStructuredResultV2) {
  response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  response.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
}

async function serveSite(siteDir: string, pathname: string, response: ServerResponse, request: IncomingMessage) {
  const root = resolve(siteDir);
  const requested = normalize(join(root, decodeURIComponent(pathname)));
  const isFile = requested.startsWith(root) && existsSync(requested) && statSync(requested).isFile();
  // Client-side routes (/units/…) get the SPA's index.html, as CloudFront's error responses do; the public
  // page's (/p/{region}…) get its own, as the distribution's routing function does.
  const file = isFile ? requested : join(root, isPublicPage(pathname) ? 'p/index.html' : 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The admin console is not built: run `npm run build:admin` (npm start does it).');
    return;
  }
  const immutable = isFile && /^\/(p\/)?assets\//.test(pathname);
  const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = {
    'content-type': contentType,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  // Compressed when the browser accepts it, as CloudFront (`compress: true`) sends text files.
  if (COMPRESSIBLE.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    const body = gzipped(file);
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
    response.end(body);
    return;
  }
  response.writeHead(200, headers);
  createReadStream(file).pipe(response);
}

/** `/p` and everything under `/p/`: the public page (公示页). */
const isPublicPage = (pathname: string) => pathname === '/p' || pathname.startsWith('/p/');

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

/** A file's gzip, kept while the file is unchanged (a rebuild replaces it). */
function gzipped(file: string): Buffer {
  const { mtimeMs } = statSync(file);
  const cached = gzipCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}
