import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../../api/errors';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { graphql } from '../../../../gql';
import type { ProjectAction } from '../../../../gql/graphql';
import { useServerFieldErrors } from '../../../../hooks/useServerFieldErrors';
import { useT, type MessageKey } from '../../../../i18n';
import { ACTION_TARGET, listLabel } from '../../enums';

const TransitionProjectMutation = graphql(`
  mutation TransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      ...ProjectPageFields
    }
  }
`);

/** What each move asks for: REJECT / CANCEL a reason, ACCEPT the 验收意见; APPROVE and START take an optional note. */
const NOTE: Partial<Record<ProjectAction, { label: MessageKey; required: boolean }>> = {
  APPROVE: { label: 'transition.note', required: false },
  START: { label: 'transition.note', required: false },
  REJECT: { label: 'lists.reason', required: true },
  CANCEL: { label: 'lists.reason', required: true },
  ACCEPT: { label: 'transition.acceptanceNote', required: true },
};
const HINT: Partial<Record<ProjectAction, MessageKey>> = {
  APPROVE: 'transition.approveHint',
  START: 'transition.startHint',
  ACCEPT: 'transition.acceptHint',
  REJECT: 'transition.rejectHint',
  CANCEL: 'transition.cancelHint',
};

interface Props {
  project: { id: string; title: string; version: number };
  action: ProjectAction | null;
  onClose: () => void;
  onReload: () => void;
}

/** 核准 / 驳回 / 开始实施 / 验收 / 撤销: one dialog, the project moved by transitionProject. */
export function TransitionDialog({ project, action, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, transition] = useMutation(TransitionProjectMutation);
  const to = action ? ACTION_TARGET[action] : undefined;
  const note = action ? NOTE[action] : undefined;
  const danger = action === 'REJECT' || action === 'CANCEL';

  async function submit(values: { note?: string }) {
    if (!to) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await transition(
      { input: { id: project.id, version: project.version, to, note: values.note?.trim() || null } },
      { additionalTypenames: ['Need', 'Project'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('transition.done', { status: t(listLabel.projectStatus(to)) }));
    onClose();
  }

  return (
    <Modal
      open={action !== null}
      title={action ? t('transition.title', { action: t(listLabel.projectAction(action)), title: project.title }) : ''}
      okText={action ? t(listLabel.projectAction(action)) : ''}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      {action && HINT[action] && <Typography.Paragraph>{t(HINT[action])}</Typography.Paragraph>}
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form form={form} name="transitionProject" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        {note && (
          <Form.Item
            name="note"
            label={t(note.label)}
            rules={note.required ? [{ required: true, whitespace: true, message: t('transition.noteRequired', { label: t(note.label) }) }] : []}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
