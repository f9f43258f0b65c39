import { App, Button, Card, Col, Form, Input, Radio, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { LedgerKind } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { LEDGER_KINDS, ledgerLabel } from './enums';
import { FileList, uploadedIds, type FileUploadIds } from '../../components/FileList';
import { useLedgerOwnUnit } from './own-unit';

const RaiseLedgerItemMutation = graphql(`
  mutation RaiseLedgerItem($input: RaiseLedgerItemInput!) {
    raiseLedgerItem(input: $input) {
      ...LedgerItemFields
    }
  }
`);

/** The form's values: names are the input's, so the server's `extensions.field` lands at its field. */
interface Values {
  raisedByUnitId?: string | null;
  kind?: LedgerKind;
  title?: string;
  description?: string;
  category?: string;
  fileUploadIds?: FileUploadIds;
}

/**
 * /ledger/new (登记): a problem, suggestion or opinion of a unit, with files. A liaison raises for its own unit; the
 * secretariat names the unit. The item gets the year's next number, shown on its page.
 */
export default function LedgerCreatePage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const access = useAccess();
  const own = useLedgerOwnUnit();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(0);
  const [{ fetching }, raise] = useMutation(RaiseLedgerItemMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = {
      raisedByUnitId: access.ledgerUnitId ?? values.raisedByUnitId ?? '',
      kind: values.kind ?? 'PROBLEM',
      title: values.title?.trim() ?? '',
      description: values.description?.trim() ?? '',
      category: values.category?.trim() || null,
      fileUploadIds: uploadedIds(values.fileUploadIds),
    };
    const result = await raise({ input }, { additionalTypenames: ['LedgerItem'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const item = result.data!.raiseLedgerItem;
    void message.success(t('ledgerForm.created', { number: item.number }));
    navigate(`/ledger/${item.id}`);
  }

  return (
    <Card title={t('ledgerForm.title')}>
      <Typography.Paragraph type="secondary">{t('ledgerForm.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="raiseLedgerItem"
        layout="vertical"
        initialValues={{ kind: 'PROBLEM', fileUploadIds: [] }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        scrollToFirstError={{ block: 'center' }}
        disabled={fetching}
      >
        <ProblemAlert problem={leftToShow(problem)} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {access.ledgerUnitId ? (
              <Form.Item label={t('ledger.raisedByUnit')}>
                <Typography.Text data-testid="ledger-raising-unit">{own.unit?.name ?? t('common.none')}</Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item name="raisedByUnitId" label={t('ledger.raisedByUnit')} rules={[{ required: true, message: t('ledgerForm.unitRequired') }]}>
                <UnitPicker placeholder={t('ledgerForm.unitPlaceholder')} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('ledger.kind')} rules={[{ required: true, message: t('ledgerForm.kindRequired') }]}>
              <Radio.Group optionType="button" options={LEDGER_KINDS.map((value) => ({ value, label: t(ledgerLabel.kind(value)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('ledger.itemTitle')} rules={[{ required: true, whitespace: true, message: t('ledgerForm.titleRequired') }]}>
              <Input maxLength={60} showCount autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="category" label={t('ledger.category')}>
              <Input maxLength={20} autoComplete="off" placeholder={t('ledgerForm.categoryPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="description"
              label={t('ledger.description')}
              rules={[{ required: true, whitespace: true, message: t('ledgerForm.descriptionRequired') }]}
            >
              <Input.TextArea rows={5} maxLength={2000} showCount />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <FileList onBusyChange={(b) => setBusy((n) => n + (b ? 1 : -1))} labels={{ file: (order) => t('ledgerForm.file', { order }), remove: (order) => t('ledgerForm.removeFile', { order }), add: t('ledgerForm.addFile') }} />
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={fetching} disabled={busy > 0}>
            {t('ledgerForm.submit')}
          </Button>
          <Button onClick={() => navigate(params.get('year') ? `/ledger?year=${params.get('year')}` : '/ledger')} disabled={false}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
