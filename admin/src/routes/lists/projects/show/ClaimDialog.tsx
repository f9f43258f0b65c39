import { App, Checkbox, Form, Modal, Radio, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../../api/errors';
import { useAccess } from '../../../../auth/AuthProvider';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { graphql } from '../../../../gql';
import type { ClaimMode } from '../../../../gql/graphql';
import { useServerFieldErrors } from '../../../../hooks/useServerFieldErrors';
import { useT } from '../../../../i18n';
import { listLabel } from '../../enums';
import { UnitOptionPicker, type PickedUnit } from '../../UnitOptionPicker';

const ClaimProjectMutation = graphql(`
  mutation ClaimProject($input: ClaimProjectInput!) {
    claimProject(input: $input) {
      id
      project {
        ...ProjectPageFields
      }
    }
  }
`);

interface ClaimValues {
  unitId?: string | null;
  mode?: ClaimMode;
  lead?: boolean;
}

interface Props {
  project: { id: string; title: string; claimMode?: ClaimMode | null; leadUnitId?: string | null };
  open: boolean;
  /** A liaison's own unit, to show its name (the secretariat picks the unit: null). */
  ownUnit: PickedUnit | null;
  onClose: () => void;
  onClaimed?: () => void;
}

/**
 * 认领: 独立认领 (SOLO, the only responsible unit) or 联合认领 (JOINT, one of several; 牵头 makes it the lead). A
 * project already claimed jointly takes only joint claims; a lead already named takes no other.
 */
export function ClaimDialog({ project, open, ownUnit, onClose, onClaimed }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClaimValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, claim] = useMutation(ClaimProjectMutation);
  const mode = Form.useWatch('mode', form);
  /** A liaison claims for its own unit, the secretariat for the unit it picks. */
  const ownUnitId = useAccess().listsUnitId;
  const joint = project.claimMode === 'JOINT';

  async function submit(values: ClaimValues) {
    setProblem(null);
    serverErrors.clearAll();
    const unitId = ownUnitId ?? values.unitId ?? '';
    const result = await claim(
      { input: { projectId: project.id, unitId, mode: values.mode ?? 'SOLO', lead: values.mode === 'JOINT' && Boolean(values.lead) } },
      { additionalTypenames: ['Project', 'Claim'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('claim.done', { title: project.title }));
    onClose();
    onClaimed?.();
  }

  return (
    <Modal
      open={open}
      title={t('claim.title', { title: project.title })}
      okText={t('claim.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<ClaimValues>
        form={form}
        name="claimProject"
        layout="vertical"
        initialValues={{ mode: joint ? 'JOINT' : 'SOLO', lead: false }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        {ownUnitId ? (
          <Form.Item label={t('claim.unit')}>
            {ownUnit ? <Typography.Text data-testid="claim-unit">{ownUnit.name}</Typography.Text> : <Spin size="small" />}
          </Form.Item>
        ) : (
          <Form.Item name="unitId" label={t('claim.unit')} extra={t('claim.assignHint')} rules={[{ required: true, message: t('claim.unitRequired') }]}>
            <UnitOptionPicker placeholder={t('resourceForm.unitPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="mode" label={t('claim.mode')} extra={joint ? t('claim.jointOnly') : t('claim.modeHint')}>
          <Radio.Group
            options={(['SOLO', 'JOINT'] as const).map((value) => ({ value, label: t(listLabel.claimMode(value)), disabled: joint && value === 'SOLO' }))}
          />
        </Form.Item>
        {mode === 'JOINT' && (
          <Form.Item name="lead" valuePropName="checked" extra={project.leadUnitId ? t('claim.leadTaken') : undefined}>
            <Checkbox disabled={Boolean(project.leadUnitId)}>{t('claim.lead')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
