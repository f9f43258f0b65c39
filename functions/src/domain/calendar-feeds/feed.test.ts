import { describe, expect, it } from 'vitest';
import { feedPath, feedSecretHash, newFeedSecret, parseFeedPath, siteOrigin } from './feed';

describe('Method: parseFeedPath', () => {
  it('reads back the secret of a feed path, and nothing else', () => {
    const secret = newFeedSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(parseFeedPath(feedPath(secret))).toBe(secret);
    for (const path of [undefined, '/calendar/', '/calendar/.ics', `/calendar/${secret}`, `/calendar/${secret}.ics/x`, `/calendar/${secret.slice(1)}.ics`, `/open/${secret}.ics`, `/calendar/${'%'.repeat(43)}.ics`]) {
      expect(parseFeedPath(path)).toBeNull();
    }
  });

  it('hashes a secret to 64 hex characters, the same each time, different per secret', () => {
    const secret = newFeedSecret();
    expect(feedSecretHash(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(feedSecretHash(secret)).toBe(feedSecretHash(secret));
    expect(feedSecretHash(newFeedSecret())).not.toBe(feedSecretHash(secret));
  });
});

describe('Method: siteOrigin', () => {
  it("takes the browser's Origin, else the forwarded host and scheme; refuses anything that is not an origin", () => {
    expect(siteOrigin({ origin: 'https://gongjian.example.cn', host: 'api.example' })).toBe('https://gongjian.example.cn');
    expect(siteOrigin({ host: '127.0.0.1:8080', 'x-forwarded-proto': 'http' })).toBe('http://127.0.0.1:8080');
    expect(siteOrigin({ host: 'gongjian.example.cn' })).toBe('https://gongjian.example.cn');
    expect(siteOrigin({ origin: 'null', host: 'a.example' })).toBe('https://a.example');
    expect(siteOrigin({ origin: 'javascript:alert(1)' })).toBeNull();
    expect(siteOrigin({ host: 'evil.example/path' })).toBeNull();
    expect(siteOrigin({})).toBeNull();
  });
});
