import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from 'urql';
import { downloadGenerated } from '../../api/download';
import { graphql } from '../../gql';
import type { CommunityReportStatus } from '../../gql/graphql';
import { useT } from '../../i18n';

const ExportCommunityReportsMutation = graphql(`
  mutation ExportCommunityReports($memberUnitId: ID!, $status: CommunityReportStatus) {
    exportCommunityReports(memberUnitId: $memberUnitId, status: $status) {
      name
      downloadUrl
    }
  }
`);

/** 导出 Excel: the unit's members' reports as filtered, as .xlsx, downloaded at once. */
export function ExportReportsButton({ memberUnitId, status }: { memberUnitId: string; status?: CommunityReportStatus | null }) {
  const t = useT();
  const { message } = App.useApp();
  const [{ fetching }, exportReports] = useMutation(ExportCommunityReportsMutation);

  async function run() {
    const result = await exportReports({ memberUnitId, status: status ?? null });
    downloadGenerated(result.data?.exportCommunityReports, result.error, (text) => void message.error(text), t);
  }

  return (
    <Button icon={<DownloadOutlined />} loading={fetching} onClick={run}>
      {t('unitReports.export')}
    </Button>
  );
}
