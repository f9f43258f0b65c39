import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { ConsensusPosition } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';
import { proceedingsLabel } from '../labels';

export const RecordConsensusMutation = graphql(`
  mutation RecordConsensus($input: RecordConsensusInput!) {
    recordConsensus(input: $input) {
      ...ConsensusFields
    }
  }
`);

/** A position that needs the unit's words: 保留意见 (its reserved view) or 反对 (its reason). */
export interface PositionWithView {
  agendaItemId: string;
  unitId: string;
  unitName: string;
  position: Extract<ConsensusPosition, 'RESERVE' | 'OBJECT'>;
  view?: string | null;
}

/** 保留意见 / 反对 for one unit on one item, with the view the unit states (required for both). */
export function PositionDialog({ meetingId, target, onClose }: { meetingId: string; target: PositionWithView | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ view?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, record] = useMutation(RecordConsensusMutation);
  const positionLabel = target ? t(proceedingsLabel.position(target.position)) : '';

  async function submit(values: { view?: string }) {
    if (!target) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await record(
      { input: { meetingId, agendaItemId: target.agendaItemId, unitId: target.unitId, position: target.position, view: values.view?.trim() ?? '' } },
      REFRESH_MEETING,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('consensus.recorded', { unit: target.unitName, position: positionLabel }));
    onClose();
  }

  return (
    <Modal
      open={target !== null}
      title={t('consensus.viewTitle', { unit: target?.unitName ?? '', position: positionLabel })}
      okText={positionLabel}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: target?.position === 'OBJECT' }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(target?.position === 'OBJECT' ? 'consensus.objectHint' : 'consensus.reserveHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form
        form={form}
        name="consensusView"
        layout="vertical"
        initialValues={{ view: target?.view ?? '' }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        preserve={false}
      >
        <Form.Item name="view" label={t('consensus.view')} rules={[{ required: true, whitespace: true, message: t('consensus.viewRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
