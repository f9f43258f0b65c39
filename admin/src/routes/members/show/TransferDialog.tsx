import { Alert, App, Col, DatePicker, Form, Input, Modal, Radio, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { isFuture, toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitPicker } from '../../../components/UnitPicker';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const TransferMemberMutation = graphql(`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      id
      unitId
      unit {
        id
        name
        memberCount
        fullMemberCount
      }
      departure {
        on
        reason
        destination
        note
      }
      version
      updatedAt
    }
  }
`);

type TransferKind = 'IN_REGION' | 'OUT_OF_REGION';

interface TransferValues {
  kind: TransferKind;
  toUnitId?: string | null;
  destination?: string;
  transferredOn?: Dayjs;
  letterNumber?: string;
  note?: string;
}

interface Props {
  member: { id: string; name: string; version: number; unitId: string };
  open: boolean;
  onClose: () => void;
  /** A CONFLICT's 重新加载: the page reads the member again. */
  onReload: () => void;
}

/**
 * 组织关系转接 (004 art.9): to another unit of the region (picked by name), or out of it (the receiving
 * organisation as text: the member then leaves this region's roster); date, 介绍信编号, note.
 * A liaison cannot search the region's units, so it records transfers out of the region only.
 */
export function TransferDialog({ member, open, onClose, onReload }: Props) {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, transferMember] = useMutation(TransferMemberMutation);
  const inRegionAllowed = access.manageUnits;
  const kind = Form.useWatch('kind', form) ?? (inRegionAllowed ? 'IN_REGION' : 'OUT_OF_REGION');

  async function submit(values: TransferValues) {
    setProblem(null);
    serverErrors.clearAll();
    const inRegion = values.kind === 'IN_REGION';
    const result = await transferMember({
      input: {
        memberId: member.id,
        version: member.version,
        toUnitId: inRegion ? values.toUnitId! : null,
        destination: inRegion ? null : values.destination!.trim(),
        transferredOn: toApiDate(values.transferredOn!),
        letterNumber: values.letterNumber?.trim() || null,
        note: values.note?.trim() || null,
      },
    });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('transfer.done'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('transfer.title', { name: member.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={600}
    >
      <ProblemAlert
        problem={leftToShow(problem)}
        onReload={() => {
          onClose();
          onReload();
        }}
      />
      <Form<TransferValues>
        form={form}
        name="transferMember"
        layout="vertical"
        initialValues={{ kind: inRegionAllowed ? 'IN_REGION' : 'OUT_OF_REGION', transferredOn: dayjs() }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        {inRegionAllowed ? (
          <Form.Item name="kind" label={t('transfer.kind')}>
            <Radio.Group
              options={[
                { value: 'IN_REGION', label: t('transfer.inRegion') },
                { value: 'OUT_OF_REGION', label: t('transfer.outOfRegion') },
              ]}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="kind" hidden>
              <Input />
            </Form.Item>
            <Alert type="info" showIcon title={t('transfer.inRegionAdminOnly')} style={{ marginBottom: 16 }} />
          </>
        )}
        {kind === 'IN_REGION' ? (
          <Form.Item name="toUnitId" label={t('transfer.toUnit')} rules={[{ required: true, message: t('transfer.toUnitRequired') }]}>
            <UnitPicker excludeId={member.unitId} placeholder={t('memberForm.unitPlaceholder')} />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="destination"
              label={t('transfer.destination')}
              rules={[{ required: true, whitespace: true, message: t('transfer.destinationRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Typography.Paragraph type="secondary">{t('transfer.outHint')}</Typography.Paragraph>
          </>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="transferredOn"
              label={t('transfer.transferredOn')}
              rules={[
                { required: true, message: t('transfer.transferredOnRequired') },
                {
                  validator: async (_, value?: Dayjs) => {
                    if (value && isFuture(value)) throw new Error(t('memberForm.noFuture'));
                  },
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="letterNumber" label={t('transfer.letterNumber')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('transfer.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
