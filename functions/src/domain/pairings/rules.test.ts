import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation';
import { createPairingInput, endPairingInput, isExpired } from './rules';

describe('Method: isExpired', () => {
  it.each([
    ['ACTIVE', '2026-02-28', '2026-03-01', true],
    ['ACTIVE', '2026-03-01', '2026-03-01', false],
    ['ACTIVE', null, '2099-01-01', false],
    ['ENDED', '2020-01-01', '2026-03-01', false],
  ])('a %s pairing ending %s is expired on %s: %s', (status, endsOn, today, expired) => {
    expect(isExpired({ status, endsOn }, today)).toBe(expired);
  });
});

describe('Method: createPairingInput', () => {
  const valid = { unitId: 'u', communityId: 'c', startsOn: '2026-01-01', content: ' 共建 ' };

  it('successful: trims the content, leaves an open term', () => {
    const parsed = parseInput(createPairingInput, valid);
    expect(parsed.content).toBe('共建');
    expect(parsed.endsOn ?? null).toBeNull();
  });

  it('failing: an end before the start, a unit with itself, a 2001-character content', () => {
    expect(() => parseInput(createPairingInput, { ...valid, endsOn: '2025-12-31' })).toThrow(expect.objectContaining({ field: 'endsOn' }));
    expect(() => parseInput(createPairingInput, { ...valid, communityId: 'u' })).toThrow(expect.objectContaining({ field: 'communityId' }));
    expect(() => parseInput(createPairingInput, { ...valid, content: '字'.repeat(2001) })).toThrow(expect.objectContaining({ field: 'content' }));
  });
});

describe('Method: endPairingInput', () => {
  it('failing: requires a valid date and a version', () => {
    expect(() => parseInput(endPairingInput, { id: 'p', version: 1, endedOn: '2026-02-29' })).toThrow(expect.objectContaining({ field: 'endedOn' }));
    expect(() => parseInput(endPairingInput, { id: 'p', endedOn: '2026-02-28' })).toThrow(expect.objectContaining({ field: 'version', message: '缺少版本号' }));
  });
});
