import { ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DICTIONARIES, type MessageKey } from '../areas/messages';
import { theme } from '../theme';
import type { Language } from './language';

/**
 * Who asked their system for less motion (prefers-reduced-motion) gets antd without its animations: popups and dialogs
 * appear and go at once. The browser tests ask for it too, so no click lands on a popup still opening.
 */
const REDUCED_MOTION = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export type { MessageKey } from '../areas/messages';
export { LANGUAGES, type Language } from './language';

const STORAGE_KEY = 'gongjian.language';
const antdLocales = { 'zh-CN': zhCNAntd, 'en-US': enUSAntd };
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN'; // storage blocked: Chinese first
  }
}

/** Replaces `{name}` placeholders; a missing value leaves the placeholder visible rather than hiding it. */
function format(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Language state, the antd locale and the dayjs locale, kept in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(savedLanguage);

  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
    setLanguageState(next);
  }, []);

  // dayjs is global: set it before children render dates in this language.
  dayjs.locale(dayjsLocales[language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(() => {
    const dictionary = DICTIONARIES[language];
    return { language, setLanguage, t: (key, values) => format(dictionary[key], values) };
  }, [language, setLanguage]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={antdLocales[language]} theme={REDUCED_MOTION ? { ...theme, token: { ...theme.token, motion: false } } : theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
