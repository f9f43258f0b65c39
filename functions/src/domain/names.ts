import type { pinyin as PinyinReader } from 'pinyin-pro';

/**
 * The key a name is compared under (uniqueness, prefix search): width, spacing and case make no new
 * name ("ＡＢＣ  党支部" = "abc 党支部").
 */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The key names sort by, derived once on write and stored: Chinese by pinyin as read in context
 * (pinyin-pro reads 长 in 长安 as chang, in 长官 as zhang; code points and Intl.Collator do not order
 * Chinese names the way people look for them), other text as it is, lowercase. Syllables are separated
 * by a space so 西安 (xi an) sorts before 先 (xian); tones are ignored, and names that read the same are
 * ordered by their name key after '#'. Stored keys stay under DynamoDB's 1 KB sort-key limit for the
 * 100-character names the product allows.
 */
export async function nameSortKey(name: string): Promise<string> {
  const pinyin = await pinyinReader();
  const key = nameKey(name);
  const syllables = pinyin(key, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((token) => token.trim().split(' '))
    .filter(Boolean);
  return `${syllables.join(' ')}#${key}`;
}

/**
 * pinyin-pro with its dictionaries is 450 KB (150 KB gzip): loaded by the first name a process writes, so
 * reads — which find sort keys stored — never load or parse it (the Lambda ships it beside its bundle:
 * infra/lib/node-function.ts, LAZY_MODULES).
 */
let reader: Promise<typeof PinyinReader> | undefined;
const pinyinReader = () => (reader ??= import('pinyin-pro').then((module) => module.pinyin));

/** The first character of a name's key: the partition a name-prefix search reads. */
export const nameInitial = (key: string): string => [...key][0] ?? '';
