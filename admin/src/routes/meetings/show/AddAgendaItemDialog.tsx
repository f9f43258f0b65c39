import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitPicker } from '../../../components/UnitPicker';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import type { AgendaItemValues } from '../form-values';

const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...MeetingPageFields
    }
  }
`);

interface Props {
  meeting: { id: string; version: number };
  open: boolean;
  onClose: () => void;
  /** A CONFLICT closes the dialog and goes to the page, which offers 重新加载. */
  onProblem: (problem: ApiProblem | null) => void;
}

/** 添加议题: appended at the end of the agenda; field names are AddAgendaItemInput's (`title` …). */
export function AddAgendaItemDialog({ meeting, open, onClose, onProblem }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgendaItemValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, addItem] = useMutation(AddAgendaItemMutation);

  async function submit(values: AgendaItemValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await addItem({
      input: {
        meetingId: meeting.id,
        version: meeting.version,
        title: values.title?.trim() ?? '',
        presenterUnitId: values.presenterUnitId ?? null,
        presenter: values.presenter?.trim() || null,
        plannedMinutes: values.plannedMinutes ?? null,
      },
    });
    if (result.error) {
      const left = serverErrors.place(toProblem(result.error));
      if (left.code === 'CONFLICT') {
        onClose();
        onProblem(left);
        return;
      }
      return setProblem(left);
    }
    void message.success(t('agenda.added'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('agenda.add')}
      okText={t('agenda.add')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<AgendaItemValues> form={form} name="addAgendaItem" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="title" label={t('agenda.title')} rules={[{ required: true, whitespace: true, message: t('agenda.titleRequired') }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="presenterUnitId" label={t('agenda.presenterUnit')}>
          <UnitPicker placeholder={t('meetingForm.unitPlaceholder')} />
        </Form.Item>
        <Form.Item name="presenter" label={t('agenda.presenter')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="plannedMinutes" label={t('agenda.plannedMinutes')}>
          <InputNumber min={1} max={600} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
