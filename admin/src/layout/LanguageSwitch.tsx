import { GlobalOutlined } from '@ant-design/icons';
import { Segmented, Space } from 'antd';
import { useI18n, type Language } from '../i18n';

const NAMES: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'English' };

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Space size={8}>
      <GlobalOutlined aria-hidden />
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
