import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitPicker } from '../../../components/UnitPicker';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';

const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

/** Field names are AddActionItemInput's, so the server's `extensions.field` finds them. */
interface Values {
  title?: string;
  responsibleUnitIds?: string[];
  dueOn?: Dayjs | null;
  doneWhen?: string;
}

interface Props {
  /** The resolution the item carries out; null: closed. */
  resolution: { id: string; number: string; title: string } | null;
  onClose: () => void;
}

/** 添加督办事项: what a resolution asks for — title, responsible units, due date, what counts as done. */
export function ActionItemDialog({ resolution, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, addItem] = useMutation(AddActionItemMutation);

  async function submit(values: Values) {
    if (!resolution) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await addItem(
      {
        input: {
          resolutionId: resolution.id,
          title: values.title?.trim() ?? '',
          responsibleUnitIds: values.responsibleUnitIds ?? [],
          dueOn: values.dueOn ? toApiDate(values.dueOn) : '',
          doneWhen: values.doneWhen?.trim() || null,
        },
      },
      { additionalTypenames: [...REFRESH_MEETING.additionalTypenames, 'Resolution'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('actionItems.added'));
    onClose();
  }

  return (
    <Modal
      open={resolution !== null}
      title={t('actionItems.addTitle', { number: resolution?.number ?? '' })}
      okText={t('actionItems.add')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={560}
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values> form={form} name="addActionItem" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange} preserve={false}>
        <Form.Item name="title" label={t('actionItems.title')} rules={[{ required: true, whitespace: true, message: t('actionItems.titleRequired') }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="responsibleUnitIds"
          label={t('actionItems.responsibleUnits')}
          rules={[{ required: true, type: 'array', min: 1, message: t('actionItems.unitsRequired') }]}
        >
          <UnitPicker mode="multiple" placeholder={t('meetingForm.unitsPlaceholder')} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('actionItems.dueOn')} rules={[{ required: true, message: t('actionItems.dueOnRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="doneWhen" label={t('actionItems.doneWhen')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
