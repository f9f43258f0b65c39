import { describe, expect, it } from 'vitest';
import { directoryAttributes, e164 } from './cognito-directory';

describe('Function: e164', () => {
  it.each([
    ['13800000000', '+8613800000000'],
    ['138 0000 0000', '+8613800000000'],
    ['138-0000-0000', '+8613800000000'],
    ['+8613800000000', '+8613800000000'],
    ['+852 9123 4567', '+85291234567'],
  ])('writes %s as %s', (phone, expected) => expect(e164(phone)).toBe(expected));

  it.each([[null], [''], ['010-12345678'], ['12345678901'], ['0086 13800000000'], ['+0123456789']])('leaves out %s', (phone) => expect(e164(phone)).toBeNull());
});

describe('Function: directoryAttributes', () => {
  const user = { username: 'zhang', name: '张三', phone: null, role: 'MEMBER', regionId: 'r-1', unitId: null, memberId: 'm-1' } as const;

  it('sets name and region, and the unit or member only when there is one', () => {
    expect(directoryAttributes(user)).toEqual([
      { Name: 'name', Value: '张三' },
      { Name: 'custom:region', Value: 'r-1' },
      { Name: 'custom:member', Value: 'm-1' },
    ]);
  });

  it('adds a mainland mobile as phone_number in E.164', () => {
    expect(directoryAttributes({ ...user, phone: '13900000000', role: 'UNIT_LIAISON', unitId: 'u-1', memberId: null })).toEqual([
      { Name: 'name', Value: '张三' },
      { Name: 'phone_number', Value: '+8613900000000' },
      { Name: 'custom:region', Value: 'r-1' },
      { Name: 'custom:unit', Value: 'u-1' },
    ]);
  });
});
