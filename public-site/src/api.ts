import type { TypedDocumentString } from './gql/graphql';

/** Why a read failed, in words for residents (the page shows them with 重试). */
export class PublicApiError extends Error {
  constructor(
    message: string,
    readonly code: 'RATE_LIMITED' | 'NETWORK' | 'SERVER',
  ) {
    super(message);
    this.name = 'PublicApiError';
  }
}

/**
 * One anonymous GraphQL read: a plain `fetch` POST to the same origin's `/graphql` (no client library in the
 * public bundle). The document is codegen's string, so the answer and variables are typed; its indentation is
 * dropped to send fewer bytes.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString().replace(/\s+/g, ' ').trim(), variables }),
    });
  } catch {
    throw new PublicApiError('网络连接失败，请检查网络后重试。', 'NETWORK');
  }
  if (response.status === 429) throw new PublicApiError('访问过于频繁，请稍候片刻再试。', 'RATE_LIMITED');
  let body: { data?: R | null; errors?: { extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new PublicApiError('服务暂时不可用，请稍后重试。', 'SERVER');
  }
  if (body.errors?.some((e) => e.extensions?.code === 'RATE_LIMITED' || e.extensions?.code === 'TOO_MANY_REQUESTS')) {
    throw new PublicApiError('访问过于频繁，请稍候片刻再试。', 'RATE_LIMITED');
  }
  if (!body.data || body.errors?.length) throw new PublicApiError('服务暂时不可用，请稍后重试。', 'SERVER');
  return body.data;
}
