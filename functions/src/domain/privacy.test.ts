import { describe, expect, it } from 'vitest';
import { maskPhone } from './privacy';

describe('Method: maskPhone', () => {
  it('keeps the first three and last four digits', () => expect(maskPhone('13812341234')).toBe('138****1234'));
  it('masks short numbers whole', () => expect(maskPhone('12345')).toBe('****'));
  it('passes null through', () => expect(maskPhone(null)).toBeNull());
});
