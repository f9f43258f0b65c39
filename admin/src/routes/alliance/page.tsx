import { Alert, Card, Space, Typography } from 'antd';
import { useAccess } from '../../auth/AuthProvider';
import { useT } from '../../i18n';
import { CouncilSection } from './council';
import { OfficersSection } from './officers';
import { SubBodiesSection } from './sub-bodies';

/**
 * /alliance (联盟组织): the current officers (会长 first) with their units and terms, 任命 and 结束任期, 历任; the
 * council's term; the committees and branches. The secretariat edits; the region's liaisons read.
 */
export default function AlliancePage() {
  const t = useT();
  const { manageAlliance } = useAccess();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>{t('alliance.title')}</Typography.Title>}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: manageAlliance ? 0 : undefined }}>
          {t('alliance.hint')}
        </Typography.Paragraph>
        {!manageAlliance && <Alert type="info" showIcon message={t('alliance.readOnly')} />}
      </Card>
      <OfficersSection editable={manageAlliance} />
      <CouncilSection editable={manageAlliance} />
      <SubBodiesSection editable={manageAlliance} />
    </Space>
  );
}
