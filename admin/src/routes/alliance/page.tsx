import { Alert, Card, Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useAccess } from '../../auth/AuthProvider';
import { useT } from '../../i18n';
import { CharterSection } from './charter';
import { CouncilSection } from './council';
import { OfficersSection } from './officers';
import { RepresentativeChangesSection } from './representative-changes';
import { SubBodiesSection } from './sub-bodies';

const TABS = ['organisation', 'charter', 'changes'] as const;
type Tab = (typeof TABS)[number];

/**
 * /alliance (联盟组织): 组织 — the current officers (会长 first) with their units and terms, 任命 and 结束任期, 历任, the
 * council's term, the committees and branches; 章程 — the charter's current version and its versions (?tab=charter);
 * 变更备案 — changes of units' representatives and liaisons to file (?tab=changes). The secretariat edits; the
 * region's liaisons read (变更备案: their own unit's).
 */
export default function AlliancePage() {
  const t = useT();
  const { manageAlliance } = useAccess();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((key) => key === params.get('tab')) ?? 'organisation';
  const panes: Record<Tab, { label: string; children: React.ReactNode }> = {
    organisation: {
      label: t('alliance.tabOrganisation'),
      children: (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <OfficersSection editable={manageAlliance} />
          <CouncilSection editable={manageAlliance} />
          <SubBodiesSection editable={manageAlliance} />
        </Space>
      ),
    },
    charter: { label: t('alliance.charter'), children: <CharterSection editable={manageAlliance} /> },
    changes: { label: t('alliance.representativeChanges'), children: <RepresentativeChangesSection editable={manageAlliance} /> },
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>{t('alliance.title')}</Typography.Title>}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: manageAlliance ? 0 : undefined }}>
          {t('alliance.hint')}
        </Typography.Paragraph>
        {!manageAlliance && <Alert type="info" showIcon message={t('alliance.readOnly')} />}
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'organisation' ? {} : { tab: key }, { replace: true })}
        items={TABS.map((key) => ({ key, ...panes[key] }))}
        destroyOnHidden
      />
    </Space>
  );
}
