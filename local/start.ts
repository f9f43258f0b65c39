import { parseArgs } from 'node:util';
import { LocalStackError } from './processes';
import { DEMO_PASSWORD } from './issuer';
import { startLocalStack } from './stack';

/**
 * `npm start`: the whole local stack. Options: --port N (or PORT), --in-memory (keep nothing),
 * --no-seed. Ctrl-C stops every child process.
 */
// The machines this runs on have Node 20; the SDK's notice that it will want Node 22 in 2027 is for
// the deployed Lambda (already Node 22), not for the local stack: keep the start-up output to what matters.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'in-memory': { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 4000);

try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LocalStackError(`Invalid port: ${values.port ?? process.env.PORT}`);
  const stack = await startLocalStack({ port, inMemory: values['in-memory'], seed: !values['no-seed'] });
  console.log(`Gongjian is running at ${stack.url}  (GraphQL: ${stack.graphqlUrl})`);
  console.log(values['in-memory'] ? 'Data is kept in memory only.' : 'Data is kept in .data/ (delete it to start over).');
  console.log(`Sign in as admin / ${DEMO_PASSWORD}, then the code from \`npm run totp\` (other demo accounts: README).`);
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  if (error instanceof LocalStackError) {
    console.error(`Gongjian could not start: ${error.message}`);
  } else {
    console.error('Gongjian could not start:', error);
  }
  process.exit(1);
}
