import { describe, expect, it } from 'vitest';
import { clientName } from './cognito-partner-clients';

describe('Function: clientName (what Cognito takes as ClientName)', () => {
  it('keeps letters, digits and the allowed symbols, drops the rest, prefixes partner, at most 128', () => {
    expect(clientName('changan 掌上长安小程序')).toBe('partner changan');
    expect(clientName('r-1 WeChat <app>')).toBe('partner r-1 WeChat app');
    expect(clientName('x'.repeat(200))).toHaveLength(128);
    expect(clientName('掌上')).toBe('partner');
    expect(clientName('a'.repeat(300))).toMatch(/^[\w\s+=,.@-]{1,128}$/);
  });
});
