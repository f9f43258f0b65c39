import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from 'urql';
import { downloadGenerated } from '../../../api/download';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';

const ExportTrainingStatusMutation = graphql(`
  mutation ExportTrainingStatus($unitId: ID!, $year: Int!, $onlyShort: Boolean) {
    exportTrainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort) {
      name
      downloadUrl
    }
  }
`);

/** 导出 Excel: the unit's members against their training minimum (all, or those short), downloaded at once. */
export function ExportTrainingButton({ unitId, year, onlyShort }: { unitId: string; year: number; onlyShort: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [{ fetching }, exportTraining] = useMutation(ExportTrainingStatusMutation);

  async function run() {
    const result = await exportTraining({ unitId, year, onlyShort });
    downloadGenerated(result.data?.exportTrainingStatus, result.error, (text) => void message.error(text), t);
  }

  return (
    <Button icon={<DownloadOutlined />} loading={fetching} onClick={run}>
      {t(onlyShort ? 'training.exportShort' : 'training.export')}
    </Button>
  );
}
