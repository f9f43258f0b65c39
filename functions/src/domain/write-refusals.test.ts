import { describe, expect, it } from 'vitest';
import { badInput } from './errors';
import { AlreadyTakenError, defaultRefusal, GuardFailedError, RecordMissingError, refusing, StaleVersionError, WriteContendedError } from './write-refusals';

describe('Method: defaultRefusal', () => {
  it.each([
    [new RecordMissingError({ type: 'Unit', id: 'u-1' }), 'NOT_FOUND', '记录不存在: u-1'],
    [new StaleVersionError({ type: 'Unit', id: 'u-1' }), 'CONFLICT', '记录已被他人修改，请刷新后重试'],
    [new AlreadyTakenError('unit-id', 'u-1'), 'CONFLICT', '记录已被他人修改，请刷新后重试'],
    [new GuardFailedError({ type: 'Unit', id: 'u-1' }, 'x'), 'CONFLICT', '记录已被他人修改，请刷新后重试'],
    [new WriteContendedError(), 'CONFLICT', '系统繁忙，请稍后重试'],
  ])('words %s for the user', (refusal, code, message) => {
    expect(defaultRefusal(refusal)).toMatchObject({ code, message });
  });
});

describe('Method: refusing', () => {
  it('successful: passes the write\'s result through', async () => {
    await expect(refusing(Promise.resolve(7), () => undefined)).resolves.toBe(7);
  });

  it('failing: the use case\'s explanation first, the default otherwise, other errors unchanged', async () => {
    const taken = new AlreadyTakenError('unit-name', 'a');
    await expect(refusing(Promise.reject(taken), () => badInput('name', '已有'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    await expect(refusing(Promise.reject(new WriteContendedError()), () => undefined)).rejects.toMatchObject({ code: 'CONFLICT', message: '系统繁忙，请稍后重试' });
    const failure = new Error('network down');
    await expect(refusing(Promise.reject(failure), () => badInput('x', 'y'))).rejects.toBe(failure);
  });
});
