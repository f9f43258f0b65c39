import { describe, expect, it } from 'vitest';
import { CursorRejectedError, pageRequest, pageSize, readPage } from './paging';

describe('Method: pageSize', () => {
  it('successful: 20 by default, anything from 1 to the maximum', () => {
    expect([pageSize(undefined), pageSize(null), pageSize(1), pageSize(100), pageSize(5, 5)]).toEqual([20, 20, 1, 100, 5]);
  });

  it.each([0, -1, 101, 1.5, Number.NaN])('failing: refuses %s under `first`', (first) => {
    expect(() => pageSize(first)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }));
  });
});

describe('Method: pageRequest', () => {
  it('keeps the cursor and checks the size', () => {
    expect(pageRequest({ first: 3, after: 'c' })).toEqual({ size: 3, after: 'c' });
  });
});

describe('Method: readPage', () => {
  it('failing: words a refused cursor under `after`, by its reason', async () => {
    await expect(readPage(Promise.reject(new CursorRejectedError('other-list')))).rejects.toMatchObject({
      field: 'after', message: '分页游标与当前筛选条件不符，请从第一页重新查询',
    });
    await expect(readPage(Promise.reject(new CursorRejectedError('invalid')))).rejects.toMatchObject({ field: 'after', message: '分页游标无效，请从第一页重新查询' });
    const failure = new Error('throttled');
    await expect(readPage(Promise.reject(failure))).rejects.toBe(failure);
  });
});
