import { createDocumentClient } from '../store/clients';
import { SignInAttemptRepository, type SignInAttempts } from '../store/sign-in-attempt-repository';

/**
 * The sign-in attempts store of the authentication triggers, from their environment: `TABLE_NAME` (set by
 * the CDK stack), and `DYNAMODB_ENDPOINT` only when run against DynamoDB Local. Made on first use and
 * kept for the life of the Lambda instance.
 */
let attempts: SignInAttempts | undefined;

export function signInAttemptsFromEnv(env: NodeJS.ProcessEnv = process.env, instrument: <T>(client: T) => T = (client) => client): SignInAttempts {
  if (attempts) return attempts;
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('environment variable TABLE_NAME is not set');
  // `instrument`: X-Ray subsegments for its DynamoDB calls when tracing is on.
  attempts = new SignInAttemptRepository(instrument(createDocumentClient({ dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined })), tableName);
  return attempts;
}
