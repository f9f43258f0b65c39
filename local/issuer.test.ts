import { describe, expect, it } from 'vitest';
import { hashSecret, passwordProblem } from './issuer';

describe('Method: passwordProblem', () => {
  it.each([
    ['Gongjian@2026', null],
    ['abcDEF12', null],
    ['abc!ef12', null],
  ])('accepts %s', (password, problem) => expect(passwordProblem(password)).toBe(problem));
  it.each([['Ab1!'], ['abcdefgh1'], ['ABCDEFGH'], ['abcdefgh']])('refuses %s', (password) => {
    expect(passwordProblem(password)).not.toBeNull();
  });
});

describe('Method: hashSecret', () => {
  it('salts every hash', () => expect(hashSecret('same')).not.toBe(hashSecret('same')));
});
