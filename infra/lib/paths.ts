import { fileURLToPath } from 'node:url';

/**
 * Repository paths the stack reads at synth time, resolved from this file rather than the
 * working directory, so `cdk synth` and the tests agree wherever they are started from.
 */
export const fromRoot = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const REPO_ROOT = fromRoot('');
export const LOCK_FILE = fromRoot('package-lock.json');
export const GRAPHQL_HANDLER_ENTRY = fromRoot('functions/src/handlers/graphql.ts');
export const ADMIN_DIST = fromRoot('admin/dist');
export const PRE_TOKEN_HANDLER_ENTRY = fromRoot('functions/src/handlers/pre-token.ts');
export const PRE_AUTHENTICATION_HANDLER_ENTRY = fromRoot('functions/src/handlers/pre-authentication.ts');
export const POST_AUTHENTICATION_HANDLER_ENTRY = fromRoot('functions/src/handlers/post-authentication.ts');
