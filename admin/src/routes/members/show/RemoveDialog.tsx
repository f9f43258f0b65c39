import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { isFuture, toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { MemberRemovalReason } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { MEMBER_REMOVAL_REASONS, enumLabel } from '../../../i18n/enums';

const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      id
      departure {
        on
        reason
        destination
        note
      }
      unit {
        id
        memberCount
        fullMemberCount
      }
      version
      updatedAt
    }
  }
`);

interface RemoveValues {
  reason?: MemberRemovalReason;
  removedOn?: Dayjs;
  note?: string;
}

interface Props {
  member: { id: string; name: string; version: number };
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** 移出名册: the reason (a note required for 其他), the date; the record and its history stay readable. */
export function RemoveDialog({ member, open, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RemoveValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, removeMember] = useMutation(RemoveMemberMutation);

  async function submit(values: RemoveValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await removeMember({
      input: {
        id: member.id,
        version: member.version,
        reason: values.reason!,
        removedOn: toApiDate(values.removedOn!),
        note: values.note?.trim() || null,
      },
    });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('remove.done'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('remove.title', { name: member.name })}
      okText={t('remove.action')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('remove.hint')}</Typography.Paragraph>
      <ProblemAlert
        problem={leftToShow(problem)}
        onReload={() => {
          onClose();
          onReload();
        }}
      />
      <Form<RemoveValues>
        form={form}
        name="removeMember"
        layout="vertical"
        initialValues={{ removedOn: dayjs() }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <Form.Item name="reason" label={t('remove.reason')} rules={[{ required: true, message: t('remove.reasonRequired') }]}>
          <Select options={MEMBER_REMOVAL_REASONS.map((value) => ({ value, label: t(enumLabel.removalReason(value)) }))} />
        </Form.Item>
        <Form.Item
          name="removedOn"
          label={t('remove.removedOn')}
          rules={[
            { required: true, message: t('remove.removedOnRequired') },
            {
              validator: async (_, value?: Dayjs) => {
                if (value && isFuture(value)) throw new Error(t('memberForm.noFuture'));
              },
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('remove.note')}
          dependencies={['reason']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value?: string) => {
                if (getFieldValue('reason') === 'OTHER' && !value?.trim()) throw new Error(t('remove.noteRequired'));
              },
            }),
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
