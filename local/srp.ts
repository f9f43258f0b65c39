import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Cognito's variant of SRP-6a (USER_SRP_AUTH), as the Amplify and Cognito SDK clients compute it: the
 * 3072-bit group of RFC 5054 with g = 2, SHA-256, numbers hashed in their two's-complement hex form,
 * and a password claim signed with a key derived by HKDF ("Caldera Derived Key"). The local issuer is
 * the server side; `clientProof` is the client side for the tests, the bench and scripts (the admin SPA
 * uses Amplify's own). The password itself never reaches the server.
 */
const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';
const N = BigInt(`0x${N_HEX}`);
const g = 2n;

/** Even-length hex, with a leading 00 when the top bit is set (Java BigInteger.toByteArray, positive values). */
export function paddedHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
const hashOfHex = (hex: string): bigint => BigInt(`0x${sha256Hex(Buffer.from(hex, 'hex'))}`);
const randomBig = (bytes: number): bigint => BigInt(`0x${randomBytes(bytes).toString('hex')}`);

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const k = hashOfHex(paddedHex(N) + paddedHex(g));

/** x = H(salt | H(poolName | userId | ":" | password)) */
function passwordExponent(poolName: string, userId: string, password: string, saltHex: string): bigint {
  const inner = sha256Hex(`${poolName}${userId}:${password}`);
  return hashOfHex(paddedHex(BigInt(`0x${saltHex}`)) + inner);
}

/** What the server keeps instead of a password. */
export interface PasswordVerifier {
  salt: string;
  verifier: string;
}

export function makeVerifier(poolName: string, userId: string, password: string): PasswordVerifier {
  const salt = randomBytes(16).toString('hex');
  const v = modPow(g, passwordExponent(poolName, userId, password, salt), N);
  return { salt, verifier: v.toString(16) };
}

/** The server's half of one exchange: b stays here, B goes to the client. */
export interface ServerExchange {
  b: string;
  B: string;
}

export function serverExchange(stored: PasswordVerifier): ServerExchange {
  const v = BigInt(`0x${stored.verifier}`);
  for (;;) {
    const b = randomBig(128);
    const B = (k * v + modPow(g, b, N)) % N;
    if (B !== 0n) return { b: b.toString(16), B: B.toString(16) };
  }
}

function hkdf(S: bigint, u: bigint): Buffer {
  const prk = createHmac('sha256', Buffer.from(paddedHex(u), 'hex')).update(Buffer.from(paddedHex(S), 'hex')).digest();
  return createHmac('sha256', prk).update(Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])])).digest().subarray(0, 16);
}

function signature(key: Buffer, poolName: string, userId: string, secretBlock: string, timestamp: string): Buffer {
  return createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(poolName, 'utf8'), Buffer.from(userId, 'utf8'), Buffer.from(secretBlock, 'base64'), Buffer.from(timestamp, 'utf8')]))
    .digest();
}

/** Does the client's PASSWORD_CLAIM_SIGNATURE prove it knows the password? */
export function verifyPasswordClaim(input: {
  poolName: string;
  userId: string;
  stored: PasswordVerifier;
  exchange: ServerExchange;
  A: string;
  secretBlock: string;
  timestamp: string;
  claimSignature: string;
}): boolean {
  const A = BigInt(`0x${input.A}`);
  if (A % N === 0n) return false;
  const B = BigInt(`0x${input.exchange.B}`);
  const u = hashOfHex(paddedHex(A) + paddedHex(B));
  if (u === 0n) return false;
  const v = BigInt(`0x${input.stored.verifier}`);
  const S = modPow((A * modPow(v, u, N)) % N, BigInt(`0x${input.exchange.b}`), N);
  const expected = signature(hkdf(S, u), input.poolName, input.userId, input.secretBlock, input.timestamp);
  const given = Buffer.from(input.claimSignature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Cognito's TIMESTAMP format: `Tue Nov 24 21:05:09 UTC 2026` (day not padded). */
export function srpTimestamp(date = new Date()): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${date.getUTCDate()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
}

/** The client side: a fresh `a` and the SRP_A to send with InitiateAuth. */
export function clientStart(): { a: bigint; A: string } {
  const a = randomBig(128);
  return { a, A: modPow(g, a, N).toString(16) };
}

/** The client side: the PASSWORD_VERIFIER answer to the server's challenge parameters. */
export function clientProof(input: {
  poolName: string;
  userId: string;
  password: string;
  a: bigint;
  A: string;
  salt: string;
  B: string;
  secretBlock: string;
  timestamp?: string;
}): { timestamp: string; signature: string } {
  const A = BigInt(`0x${input.A}`);
  const B = BigInt(`0x${input.B}`);
  const u = hashOfHex(paddedHex(A) + paddedHex(B));
  const x = passwordExponent(input.poolName, input.userId, input.password, input.salt);
  const S = modPow(B - ((k * modPow(g, x, N)) % N), input.a + u * x, N);
  const timestamp = input.timestamp ?? srpTimestamp();
  return { timestamp, signature: signature(hkdf(S, u), input.poolName, input.userId, input.secretBlock, timestamp).toString('base64') };
}
