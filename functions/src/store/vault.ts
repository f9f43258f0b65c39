import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { PersonalDataVault } from '../domain/vault';

/**
 * Where the vault's key comes from: a Secrets Manager secret in the cloud (created by the CDK stack,
 * readable only by the API function), a file locally (made on first start under `.data/`).
 */
export type VaultKeySource = { kind: 'secret'; secretArn: string } | { kind: 'file'; path: string };

/** The shortest key material accepted: 32 bytes of randomness, in whatever text the source holds it. */
const MIN_KEY_CHARACTERS = 32;
const SEAL_VERSION = 'v1';
const SEAL_CONTEXT = Buffer.from('gongjian:member-id-number');

interface Keys {
  fingerprint: Buffer;
  seal: Buffer;
}

/**
 * The vault of store/: HMAC-SHA256 fingerprints and AES-256-GCM sealing, with two keys derived (HKDF) from
 * one secret, read once per process and kept in memory. Sealed text is `v1.{iv}.{ciphertext}.{tag}`
 * (base64url), so a later key version can be told apart.
 */
export class KeyedVault implements PersonalDataVault {
  private keys: Promise<Keys> | undefined;

  constructor(private readonly loadSecret: () => Promise<string>) {}

  async fingerprint(value: string): Promise<string> {
    const { fingerprint } = await this.derivedKeys();
    return createHmac('sha256', fingerprint).update(value, 'utf8').digest('base64url');
  }

  async seal(value: string): Promise<string> {
    const { seal } = await this.derivedKeys();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', seal, iv);
    cipher.setAAD(SEAL_CONTEXT);
    const ciphertext = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return [SEAL_VERSION, iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  async open(sealed: string): Promise<string> {
    const [version, iv, ciphertext, tag] = sealed.split('.');
    if (version !== SEAL_VERSION || !iv || !ciphertext || !tag) throw new Error('vault: not a sealed value of this version');
    const { seal } = await this.derivedKeys();
    const decipher = createDecipheriv('aes-256-gcm', seal, Buffer.from(iv, 'base64url'));
    decipher.setAAD(SEAL_CONTEXT);
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  private derivedKeys(): Promise<Keys> {
    this.keys ??= this.loadSecret().then((secret) => {
      if (secret.trim().length < MIN_KEY_CHARACTERS) throw new Error(`vault: the key must have at least ${MIN_KEY_CHARACTERS} characters`);
      const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', secret.trim(), 'gongjian-vault', purpose, 32));
      return { fingerprint: derive('fingerprint'), seal: derive('seal') };
    });
    // A failed read (network, permissions) is tried again by the next call, not cached.
    this.keys.catch(() => (this.keys = undefined));
    return this.keys;
  }
}

/** The vault over its configured key source. The Secrets Manager client is loaded only by the first use. */
export function createVault(source: VaultKeySource): KeyedVault {
  if (source.kind === 'file') return new KeyedVault(() => readFile(source.path, 'utf8'));
  return new KeyedVault(async () => {
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const client = new SecretsManagerClient({});
    try {
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: source.secretArn }));
      if (!SecretString) throw new Error('vault: the key secret has no string value');
      return SecretString;
    } finally {
      client.destroy();
    }
  });
}
