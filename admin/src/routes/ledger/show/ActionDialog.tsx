import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { fromApiDate, toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitPicker } from '../../../components/UnitPicker';
import { graphql } from '../../../gql';
import type { LedgerItemFieldsFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT, type MessageKey } from '../../../i18n';
import { ledgerLabel, type LedgerStep } from '../enums';
import { FileList, uploadedIds, type FileUploadIds } from '../../../components/FileList';

const AssignMutation = graphql(`
  mutation AssignLedgerItem($input: AssignLedgerItemInput!) {
    assignLedgerItem(input: $input) {
      ...LedgerItemFields
    }
  }
`);
const ProgressMutation = graphql(`
  mutation ReportLedgerProgress($input: ReportLedgerProgressInput!) {
    reportLedgerProgress(input: $input) {
      ...LedgerItemFields
    }
  }
`);
const ResolveMutation = graphql(`
  mutation ResolveLedgerItem($input: ResolveLedgerItemInput!) {
    resolveLedgerItem(input: $input) {
      ...LedgerItemFields
    }
  }
`);
const SignOffMutation = graphql(`
  mutation SignOffLedgerItem($input: SignOffLedgerItemInput!) {
    signOffLedgerItem(input: $input) {
      ...LedgerItemFields
    }
  }
`);
const ReopenMutation = graphql(`
  mutation ReopenLedgerItem($input: ReopenLedgerItemInput!) {
    reopenLedgerItem(input: $input) {
      ...LedgerItemFields
    }
  }
`);
const DeclineMutation = graphql(`
  mutation DeclineLedgerItem($input: DeclineLedgerItemInput!) {
    declineLedgerItem(input: $input) {
      ...LedgerItemFields
    }
  }
`);

/** Every field any step asks for; each named as its input's field, so the server's `extensions.field` finds it. */
interface Values {
  handlerUnitId?: string | null;
  handlerDepartment?: string;
  dueOn?: Dayjs | null;
  note?: string;
  resolution?: string;
  signedOffBy?: string;
  reason?: string;
  fileUploadIds?: FileUploadIds;
}

const HINT: Partial<Record<LedgerStep, MessageKey>> = {
  ASSIGN: 'ledgerAction.assignHint',
  RESOLVE: 'ledgerAction.resolveHint',
  SIGN_OFF: 'ledgerAction.signOffHint',
  REOPEN: 'ledgerAction.reopenHint',
  DECLINE: 'ledgerAction.declineHint',
};

const text = (value: string | undefined): string | null => value?.trim() || null;

interface Props {
  item: LedgerItemFieldsFragment;
  step: LedgerStep | null;
  /** The secretariat signs off for the raising unit only with the name of who signed the paper card. */
  recordsPaperSignOff: boolean;
  onClose: () => void;
  onReload: () => void;
}

/**
 * 交办 / 报告进展 / 登记办理结果 / 确认销号 / 退回重办 / 不予受理: one dialog, the fields of the step, its mutation. The
 * server's field errors show under their fields; a stale version offers to reload.
 */
export function ActionDialog({ item, step, recordsPaperSignOff, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(0);
  const [assign, assignItem] = useMutation(AssignMutation);
  const [progress, reportProgress] = useMutation(ProgressMutation);
  const [resolve, resolveItem] = useMutation(ResolveMutation);
  const [signOff, signOffItem] = useMutation(SignOffMutation);
  const [reopen, reopenItem] = useMutation(ReopenMutation);
  const [decline, declineItem] = useMutation(DeclineMutation);
  const fetching = assign.fetching || progress.fetching || resolve.fetching || signOff.fetching || reopen.fetching || decline.fetching;
  const danger = step === 'REOPEN' || step === 'DECLINE';
  const { id, version } = item;

  function send(values: Values) {
    const context = { additionalTypenames: ['LedgerItem'] };
    switch (step) {
      case 'ASSIGN':
        return assignItem(
          {
            input: {
              id,
              version,
              handlerUnitId: values.handlerUnitId || null,
              handlerDepartment: text(values.handlerDepartment),
              dueOn: values.dueOn ? toApiDate(values.dueOn) : '',
              note: text(values.note),
            },
          },
          context,
        );
      case 'PROGRESS':
        return reportProgress({ input: { id, note: text(values.note) ?? '', fileUploadIds: uploadedIds(values.fileUploadIds) } }, context);
      case 'RESOLVE':
        return resolveItem({ input: { id, version, resolution: text(values.resolution) ?? '', fileUploadIds: uploadedIds(values.fileUploadIds) } }, context);
      case 'SIGN_OFF':
        return signOffItem({ input: { id, version, note: text(values.note), signedOffBy: recordsPaperSignOff ? text(values.signedOffBy) : null } }, context);
      case 'REOPEN':
        return reopenItem({ input: { id, version, reason: text(values.reason) ?? '' } }, context);
      case 'DECLINE':
        return declineItem({ input: { id, version, reason: text(values.reason) ?? '' } }, context);
      default:
        return null;
    }
  }

  async function submit(values: Values) {
    if (!step) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await send(values);
    if (!result) return;
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('ledgerAction.done', { action: t(ledgerLabel.action(step)) }));
    onClose();
  }

  const required = (key: MessageKey) => [{ required: true, whitespace: true, message: t(key) }];
  const initialValues: Values =
    step === 'ASSIGN'
      ? {
          handlerUnitId: item.handlerUnitId ?? null,
          handlerDepartment: item.handlerDepartment ?? '',
          dueOn: item.dueOn ? fromApiDate(item.dueOn) : null,
        }
      : { fileUploadIds: [] };

  return (
    <Modal
      open={step !== null}
      title={step ? t('ledgerAction.dialogTitle', { action: t(ledgerLabel.action(step)), number: item.number }) : ''}
      okText={step ? t(ledgerLabel.action(step)) : ''}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, disabled: busy > 0 }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={560}
    >
      {step && HINT[step] && <Typography.Paragraph>{t(HINT[step])}</Typography.Paragraph>}
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form<Values>
        form={form}
        name={`ledger${step ?? ''}`}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        preserve={false}
      >
        {step === 'ASSIGN' && (
          <>
            <Form.Item name="handlerUnitId" label={t('ledger.handlerUnit')}>
              <UnitPicker initial={item.handlerUnit ?? null} />
            </Form.Item>
            <Form.Item
              name="handlerDepartment"
              label={t('ledger.handlerDepartment')}
              dependencies={['handlerUnitId']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, department?: string) => {
                    if (!getFieldValue('handlerUnitId') && !department?.trim()) throw new Error(t('ledgerAction.handlerRequired'));
                  },
                }),
              ]}
            >
              <Input maxLength={60} autoComplete="off" placeholder={t('ledgerAction.departmentPlaceholder')} />
            </Form.Item>
            <Form.Item name="dueOn" label={t('ledger.dueOn')} rules={[{ required: true, message: t('ledgerAction.dueOnRequired') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="note" label={t('ledgerAction.assignNote')}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        )}
        {step === 'PROGRESS' && (
          <Form.Item name="note" label={t('ledgerAction.progressNote')} rules={required('ledgerAction.progressRequired')}>
            <Input.TextArea rows={4} maxLength={1000} />
          </Form.Item>
        )}
        {step === 'RESOLVE' && (
          <Form.Item name="resolution" label={t('ledger.resolution')} rules={required('ledgerAction.resolutionRequired')}>
            <Input.TextArea rows={5} maxLength={2000} />
          </Form.Item>
        )}
        {(step === 'PROGRESS' || step === 'RESOLVE') && <FileList onBusyChange={(b) => setBusy((n) => n + (b ? 1 : -1))} labels={{ file: (order) => t('ledgerForm.file', { order }), remove: (order) => t('ledgerForm.removeFile', { order }), add: t('ledgerForm.addFile') }} />}
        {step === 'SIGN_OFF' && (
          <>
            {recordsPaperSignOff && (
              <Form.Item
                name="signedOffBy"
                label={t('ledger.signedOffBy')}
                extra={t('ledgerAction.signedOffByHint')}
                rules={required('ledgerAction.signedOffByRequired')}
              >
                <Input maxLength={30} autoComplete="off" />
              </Form.Item>
            )}
            <Form.Item name="note" label={t('ledgerAction.note')}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        )}
        {(step === 'REOPEN' || step === 'DECLINE') && (
          <Form.Item name="reason" label={t('ledgerAction.reason')} rules={required('ledgerAction.reasonRequired')}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
