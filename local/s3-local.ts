import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { createS3Client } from '../functions/src/store/s3-client';
import { startChild, waitUntilReady, type Child } from './processes';

const require = createRequire(import.meta.url);

/** Starts s3rver (an S3-compatible server) storing objects under `directory`. */
export async function startS3Local(port: number, directory: string): Promise<Child & { endpoint: string }> {
  mkdirSync(resolve(directory), { recursive: true });
  const bin = join(dirname(require.resolve('s3rver/package.json')), 'bin', 's3rver.js');
  // Without the legacy provider every truncated listing (continuation tokens) fails with a 500.
  const child = startChild('s3rver', process.execPath, [
    '--openssl-legacy-provider', bin, '-d', resolve(directory), '-a', '127.0.0.1', '-p', String(port), '--silent',
  ]);
  const endpoint = `http://127.0.0.1:${port}`;
  const s3 = createS3Client({ s3Endpoint: endpoint });
  await waitUntilReady(child, () => s3.send(new ListBucketsCommand({})), 's3rver');
  s3.destroy();
  return { ...child, endpoint };
}
