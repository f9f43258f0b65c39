import { enUS } from '../i18n/en-US';
import { zhCN, type SharedMessageKey } from '../i18n/zh-CN';
import type { Language } from '../i18n/language';
import type { Messages } from './area';
import { AREAS, type AreaMessageKey } from './index';

/** A key of the console's messages: the shared ones (i18n/zh-CN.ts) and every area's. */
export type MessageKey = SharedMessageKey | AreaMessageKey;

/**
 * One dictionary per language from the shared messages and each area's. Two areas defining the same key
 * would silently overwrite each other's text: that stops the console at start instead (every browser test
 * would fail on it).
 */
function merge(all: readonly Messages[]): Record<Language, Record<MessageKey, string>> {
  const merged: Record<Language, Record<string, string>> = { 'zh-CN': {}, 'en-US': {} };
  for (const messages of all) {
    for (const language of Object.keys(merged) as Language[]) {
      for (const [key, text] of Object.entries(messages[language])) {
        if (key in merged[language]) throw new Error(`i18n: message key "${key}" is defined twice`);
        merged[language][key] = text;
      }
    }
  }
  return merged as Record<Language, Record<MessageKey, string>>;
}

export const DICTIONARIES = merge([{ 'zh-CN': zhCN, 'en-US': enUS }, ...AREAS.map((area) => area.messages)]);
