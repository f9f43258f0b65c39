import { App, Button, Card, Form, InputNumber, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { ListSettingsFieldsFragment } from '../../gql/graphql';
import { useEditedRecord } from '../../hooks/useEditedRecord';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';

graphql(`
  fragment ListSettingsFields on ListSettings {
    needCategories
    claimWindowDays
    version
  }
`);

const ListSettingsQuery = graphql(`
  query ListSettings {
    listSettings {
      ...ListSettingsFields
    }
  }
`);

const SetListSettingsMutation = graphql(`
  mutation SetListSettings($input: SetListSettingsInput!) {
    setListSettings(input: $input) {
      ...ListSettingsFields
    }
  }
`);

interface Values {
  needCategories?: string[];
  claimWindowDays?: number | null;
}

const toValues = (settings: ListSettingsFieldsFragment): Values => ({
  needCategories: [...settings.needCategories],
  claimWindowDays: settings.claimWindowDays,
});

/** /lists/settings (清单设置): the region's need categories and the days paired units may claim first (the secretariat's). */
export default function ListSettingsPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ListSettingsQuery, requestPolicy: 'network-only' });
  const [{ fetching: saving }, save] = useMutation(SetListSettingsMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const { base, reload, reloading } = useEditedRecord({
    data,
    record: data?.listSettings,
    form,
    toValues,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
    onReloaded: () => setProblem(null),
  });
  const initialValues = useMemo(() => (base ? toValues(base) : undefined), [base]);

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (!base || !initialValues) return <Skeleton active />;

  async function submit(values: Values) {
    if (!base) return;
    setProblem(null);
    serverErrors.clearAll();
    const needCategories = [...new Set((values.needCategories ?? []).map((c) => c.trim()).filter(Boolean))];
    const result = await save({ input: { version: base.version, needCategories, claimWindowDays: values.claimWindowDays ?? 0 } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('lists.saved'));
    reload();
  }

  return (
    <Card title={t('settings.title')}>
      <Form<Values>
        form={form}
        name="listSettings"
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        disabled={saving || (reloading && fetching)}
        onValuesChange={serverErrors.onValuesChange}
        style={{ maxWidth: 720 }}
      >
        <ProblemAlert problem={leftToShow(problem)} onReload={reload} />
        <Form.Item
          name="needCategories"
          label={t('settings.needCategories')}
          extra={t('settings.needCategoriesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('settings.needCategoriesRequired') }]}
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="claimWindowDays" label={t('settings.claimWindowDays')} extra={t('settings.claimWindowDaysHint')} rules={[{ required: true, message: t('settings.claimWindowDaysRequired') }]}>
          <InputNumber min={0} max={90} precision={0} suffix={t('settings.days')} style={{ width: 160 }} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('settings.hint')}</Typography.Paragraph>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
