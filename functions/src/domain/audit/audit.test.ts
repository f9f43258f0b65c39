import { describe, expect, it } from 'vitest';
import { summarizeChanges } from './audit';

const record = { ignoredFields: ['childCount'], unitFields: ['parentId'] };

describe('Method: summarizeChanges', () => {
  it('lists changed fields in order, nested ones as dot paths, ids of units marked', () => {
    expect(
      summarizeChanges(
        { name: '甲', parentId: null, leader: { name: '王', title: null }, version: 1 },
        { name: '乙', parentId: 'u-2', leader: { name: '李', title: '书记' }, version: 2 },
        record,
      ),
    ).toEqual([
      { field: 'leader.name', before: '王', after: '李' },
      { field: 'leader.title', before: null, after: '书记' },
      { field: 'name', before: '甲', after: '乙' },
      { field: 'parentId', before: null, after: 'u-2', refersTo: 'Unit' },
    ]);
  });

  it('leaves out bookkeeping and ignored fields, and treats absent as empty', () => {
    expect(summarizeChanges({ id: 'a', updatedAt: '1', childCount: 1, note: null }, { id: 'a', updatedAt: '2', childCount: 5 }, record)).toEqual([]);
  });

  it('masks phones and cuts long values', () => {
    const [phone, text] = summarizeChanges({ leader: { phone: '13812345678' }, text: null }, { leader: { phone: null }, text: '长'.repeat(130) }, record);
    expect(phone).toEqual({ field: 'leader.phone', before: '138****5678', after: null });
    expect(text?.after).toBe(`${'长'.repeat(120)}…`);
  });

  it('records a whole record as created or deleted', () => {
    expect(summarizeChanges(null, { name: '甲', memberCount: 0 }, record)).toEqual([
      { field: 'memberCount', before: null, after: '0' },
      { field: 'name', before: null, after: '甲' },
    ]);
    expect(summarizeChanges({ tags: ['a'] }, null, record)).toEqual([{ field: 'tags', before: '["a"]', after: null }]);
  });
});
