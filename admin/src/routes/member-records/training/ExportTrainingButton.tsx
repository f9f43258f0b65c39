import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from 'urql';
import { startDownload } from '../../../api/download';
import { problemText, toProblem } from '../../../api/errors';
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
    const file = result.data?.exportTrainingStatus;
    if (result.error || !file) {
      void message.error(result.error ? problemText(toProblem(result.error), t) : t('error.unknown'));
      return;
    }
    startDownload(file.downloadUrl, file.name);
  }

  return (
    <Button icon={<DownloadOutlined />} loading={fetching} onClick={run}>
      {t(onlyShort ? 'training.exportShort' : 'training.export')}
    </Button>
  );
}
