import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from 'urql';
import { startDownload } from '../../api/download';
import { problemText, toProblem } from '../../api/errors';
import { graphql } from '../../gql';
import type { NeedFilter, ProjectFilter, ResourceFilter } from '../../gql/graphql';
import { useT } from '../../i18n';

const ExportNeedsMutation = graphql(`
  mutation ExportNeeds($filter: NeedFilter!) {
    exportNeeds(filter: $filter) {
      name
      downloadUrl
    }
  }
`);
const ExportResourcesMutation = graphql(`
  mutation ExportResources($filter: ResourceFilter!) {
    exportResources(filter: $filter) {
      name
      downloadUrl
    }
  }
`);
const ExportProjectsMutation = graphql(`
  mutation ExportProjects($filter: ProjectFilter!) {
    exportProjects(filter: $filter) {
      name
      downloadUrl
    }
  }
`);

type Props = { list: 'needs'; filter: NeedFilter } | { list: 'resources'; filter: ResourceFilter } | { list: 'projects'; filter: ProjectFilter };

/** 导出公示表: the list as filtered, as .xlsx in the notice-board layout (公示栏), downloaded at once. */
export function ExportButton(props: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [needs, exportNeeds] = useMutation(ExportNeedsMutation);
  const [resources, exportResources] = useMutation(ExportResourcesMutation);
  const [projects, exportProjects] = useMutation(ExportProjectsMutation);

  async function run() {
    const result =
      props.list === 'needs'
        ? await exportNeeds({ filter: props.filter }).then((r) => ({ error: r.error, file: r.data?.exportNeeds }))
        : props.list === 'resources'
          ? await exportResources({ filter: props.filter }).then((r) => ({ error: r.error, file: r.data?.exportResources }))
          : await exportProjects({ filter: props.filter }).then((r) => ({ error: r.error, file: r.data?.exportProjects }));
    if (result.error || !result.file) {
      void message.error(result.error ? problemText(toProblem(result.error), t) : t('error.unknown'));
      return;
    }
    startDownload(result.file.downloadUrl, result.file.name);
  }

  return (
    <Button icon={<DownloadOutlined />} loading={needs.fetching || resources.fetching || projects.fetching} onClick={run}>
      {t('lists.export')}
    </Button>
  );
}
