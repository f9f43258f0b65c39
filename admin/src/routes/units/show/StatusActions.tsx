import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { graphql } from '../../../gql';
import type { UnitStatus, UnitStatusAction } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { enumLabel } from '../../../i18n/enums';

const ChangeUnitStatusMutation = graphql(`
  mutation ChangeUnitStatus($input: ChangeUnitStatusInput!) {
    changeUnitStatus(input: $input) {
      id
      status
      version
      updatedAt
    }
  }
`);

const DeleteUnitMutation = graphql(`
  mutation DeleteUnit($id: ID!, $version: Int!) {
    deleteUnit(id: $id, version: $version) {
      id
    }
  }
`);

/** Which actions each status allows (schema: UnitStatusAction). */
const ACTIONS_FROM: Record<UnitStatus, UnitStatusAction[]> = {
  INVITED: ['SUSPEND', 'WITHDRAW'],
  REGISTERED: ['SUSPEND', 'WITHDRAW'],
  SUSPENDED: ['WITHDRAW', 'REINSTATE'],
  WITHDRAWN: ['REINSTATE'],
};

interface Props {
  unit: { id: string; name: string; status: UnitStatus; version: number };
  /** Problems go to the page, which shows them (with 重新加载 for a CONFLICT). */
  onProblem: (problem: ApiProblem | null) => void;
}

/**
 * 编辑, 暂停 / 退出 / 恢复 (with confirmation and an optional reason), 删除. A unit liaison gets 编辑 only
 * (its own unit); the rest is the region admin's.
 */
export function StatusActions({ unit, onProblem }: Props) {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [pending, setPending] = useState<UnitStatusAction | 'DELETE' | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const [{ fetching: changing }, changeStatus] = useMutation(ChangeUnitStatusMutation);
  const [{ fetching: deleting }, deleteUnit] = useMutation(DeleteUnitMutation);

  async function confirm() {
    if (!pending) return;
    onProblem(null);
    if (pending === 'DELETE') {
      const result = await deleteUnit({ id: unit.id, version: unit.version }, { additionalTypenames: ['Unit'] });
      setPending(null);
      if (result.error) return onProblem(toProblem(result.error));
      void message.success(t('unitPage.deleted', { name: unit.name }));
      navigate('/units', { replace: true });
      return;
    }
    const reason = form.getFieldValue('reason')?.trim() || null;
    const result = await changeStatus({ input: { id: unit.id, version: unit.version, action: pending, reason } });
    setPending(null);
    if (result.error) return onProblem(toProblem(result.error));
    const status = result.data!.changeUnitStatus.status;
    void message.success(t('unitPage.statusChanged', { status: t(enumLabel.status(status)) }));
  }

  const isDelete = pending === 'DELETE';
  const edit = access.canEditUnit(unit.id) && (
    <Link to={`/units/${unit.id}/edit`}>
      <Button icon={<EditOutlined />}>{t('common.edit')}</Button>
    </Link>
  );
  if (!access.manageUnits) return <Space wrap>{edit}</Space>;
  return (
    <Space wrap>
      {edit}
      {ACTIONS_FROM[unit.status].map((action) => (
        <Button
          key={action}
          danger={action === 'WITHDRAW'}
          onClick={() => {
            form.resetFields();
            setPending(action);
          }}
        >
          {t(enumLabel.statusAction(action))}
        </Button>
      ))}
      <Button danger icon={<DeleteOutlined />} onClick={() => setPending('DELETE')}>
        {t('common.delete')}
      </Button>
      <Modal
        open={pending !== null}
        title={
          pending === null
            ? null
            : isDelete
              ? t('unitPage.deleteTitle', { name: unit.name })
              : t('unitPage.statusChangeTitle', { action: t(enumLabel.statusAction(pending)), name: unit.name })
        }
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: isDelete || pending === 'WITHDRAW' }}
        confirmLoading={changing || deleting}
        onOk={() => void confirm()}
        onCancel={() => setPending(null)}
        forceRender
      >
        {isDelete && <Typography.Paragraph>{t('unitPage.deleteHint')}</Typography.Paragraph>}
        <Form form={form} name="statusChange" layout="vertical" style={isDelete ? { display: 'none' } : undefined}>
          <Form.Item name="reason" label={t('unitPage.statusReason')}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
