import { describe, expect, it } from 'vitest';
import { nameInitial, nameKey, nameSortKey } from './names';

const sorted = async (names: string[]) => {
  const keyed = await Promise.all(names.map(async (name) => ({ name, key: await nameSortKey(name) })));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.name);
};

describe('Method: nameSortKey', () => {
  it('orders Chinese names by pinyin, not by character code', async () => {
    expect(await sorted(['阳光社区党支部', '长安街道党工委', '滨河社区党支部', '东湖村党总支'])).toEqual([
      '滨河社区党支部', '长安街道党工委', '东湖村党总支', '阳光社区党支部',
    ]);
  });
  it('reads polyphones in context: 长安 (chang) before 阳光, 重庆 (chong) before 中山 (zhong)', async () => {
    expect(await nameSortKey('长安街道')).toMatch(/^chang an jie dao#/);
    expect(await sorted(['中山路社区', '重庆路社区'])).toEqual(['重庆路社区', '中山路社区']);
  });
  it('puts shorter syllables first (西安 before 先锋) and keeps names with other text in order', async () => {
    expect(await sorted(['先锋党支部', '西安路党支部'])).toEqual(['西安路党支部', '先锋党支部']);
    expect(await nameSortKey('ＡＢＣ  科技')).toBe(await nameSortKey('abc 科技'));
    expect(await sorted(['abc 科技', '3号楼党小组', '阿里党支部'])).toEqual(['3号楼党小组', '阿里党支部', 'abc 科技']);
  });
  it('tells apart names that read the same', async () => {
    expect(await nameSortKey('公园社区')).not.toBe(await nameSortKey('公元社区'));
  });
});

describe('Method: nameKey / nameInitial', () => {
  it('ignores width, spacing and case, and takes the first character whole', async () => {
    expect(nameKey(' ＡＢＣ  科技 ')).toBe('abc 科技');
    expect(nameInitial(nameKey('𠀋村党支部'))).toBe('𠀋');
  });
});
