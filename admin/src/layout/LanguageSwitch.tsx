import { GlobalOutlined } from '@ant-design/icons';
import { Segmented, Space } from 'antd';
import { useI18n, type Language } from '../i18n';

const NAMES: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'English' };

/** 中文 / English; `compact` (a narrow header) drops the globe. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <Space size={8}>
      {!compact && <GlobalOutlined aria-hidden />}
      <Segmented<Language>
        aria-label={t('app.language')}
        size="small"
        value={language}
        onChange={setLanguage}
        options={(Object.keys(NAMES) as Language[]).map((value) => ({ value, label: NAMES[value] }))}
      />
    </Space>
  );
}
