/**
 * The baseline's idle limit (ARCHITECTURE.md, security baseline): a session ends after 15 minutes without
 * activity. User access tokens live as long. Read by the CDK stack (token validity, `/auth/config`) and the
 * local issuer alike.
 */
export const IDLE_MINUTES = 15;
