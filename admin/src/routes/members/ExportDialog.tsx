import { App, Checkbox, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { startDownload } from '../../api/download';
import { toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { MemberFilter } from '../../gql/graphql';
import { useT } from '../../i18n';

const ExportMembersMutation = graphql(`
  mutation ExportMembers($filter: MemberFilter, $sheetPerUnit: Boolean) {
    exportMembers(filter: $filter, sheetPerUnit: $sheetPerUnit) {
      name
      downloadUrl
    }
  }
`);

/**
 * 导出: the roster with the filters on screen as .xlsx (masked as the API shows it), one sheet or one per unit;
 * the generated file downloads at once. A liaison's export is its unit's (the API forces it).
 */
export function ExportDialog({
  open,
  filter,
  ownUnitOnly,
  onClose,
}: {
  open: boolean;
  filter: MemberFilter;
  ownUnitOnly: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [{ fetching }, exportMembers] = useMutation(ExportMembersMutation);
  const [sheetPerUnit, setSheetPerUnit] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const filtered = Object.keys(filter).length > 0;

  async function submit() {
    setProblem(null);
    const result = await exportMembers({ filter, sheetPerUnit });
    const file = result.data?.exportMembers;
    if (!file) return setProblem(result.error ? toProblem(result.error) : { kind: 'graphql', code: null, fields: [], messages: [] });
    startDownload(file.downloadUrl, file.name);
    void message.success(t('export.ready', { name: file.name }));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('export.title')}
      okText={t('export.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => void submit()}
      onCancel={onClose}
      afterClose={() => setProblem(null)}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <ProblemAlert problem={problem} onRetry={() => void submit()} />
        <Typography.Text>{ownUnitOnly ? t('export.hintOwnUnit') : t('export.hint')}</Typography.Text>
        <Typography.Text type="secondary">{filtered ? t('export.scopeFiltered') : t('export.scopeAll')}</Typography.Text>
        {!ownUnitOnly && (
          <Checkbox checked={sheetPerUnit} onChange={(e) => setSheetPerUnit(e.target.checked)}>
            {t('export.sheetPerUnit')}（{t('export.sheetPerUnitHint')}）
          </Checkbox>
        )}
      </Flex>
    </Modal>
  );
}
