import { describe, expect, it } from 'vitest';
import { optionalText, parseInput, tidyText } from './validation';

describe('Method: tidyText', () => {
  it('turns full-width letters, digits and spaces into ASCII, and keeps Chinese punctuation as written', () => {
    expect(tidyText('　ＡＢＣ１２３　党支部（第二）：工作需要，随时召开。  ')).toBe('ABC123 党支部（第二）：工作需要，随时召开。');
  });

  it('is what text inputs store: blank optional text clears', () => {
    expect(parseInput(optionalText(20, '备注'), '  临时召开，请准时参加。 ')).toBe('临时召开，请准时参加。');
    expect(parseInput(optionalText(20, '备注'), '   ')).toBeNull();
  });
});
