import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../../api/errors';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { graphql } from '../../../../gql';
import { useServerFieldErrors } from '../../../../hooks/useServerFieldErrors';
import { useT } from '../../../../i18n';

const ReportProgressMutation = graphql(`
  mutation ReportProjectProgress($input: ReportProjectProgressInput!) {
    reportProjectProgress(input: $input) {
      ...ProjectPageFields
    }
  }
`);

/** 报告进展: a note in the project's history, by a responsible unit's liaison or the secretariat, while 实施. */
export function ProgressDialog({ project, open, onClose, onReload }: { project: { id: string; version: number }; open: boolean; onClose: () => void; onReload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, report] = useMutation(ReportProgressMutation);

  async function submit(values: { note?: string }) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await report({ input: { id: project.id, version: project.version, note: values.note?.trim() ?? '' } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('progress.done'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('progress.title')}
      okText={t('progress.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form form={form} name="reportProgress" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="note" label={t('progress.note')} rules={[{ required: true, whitespace: true, message: t('progress.noteRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
