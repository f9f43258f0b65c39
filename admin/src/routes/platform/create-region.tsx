import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { RegionLevel } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { REGION_LEVELS, regionLevelLabel, SLUG } from './labels';

const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      ...RegionRow
    }
  }
`);

/** The form's values: named as the input, so the API's `extensions.field` (a slug already taken) lands at its field. */
interface Values {
  name?: string;
  level?: RegionLevel;
  slug?: string;
  superiorOrganization?: string;
}

/** /regions/new (新建区域): a region (the tenant); then back to the list, with 任命管理员 open for it. */
export default function CreateRegionPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, createRegion] = useMutation(CreateRegionMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = {
      name: values.name!.trim(),
      level: values.level!,
      slug: values.slug!.trim().toLowerCase(),
      superiorOrganization: values.superiorOrganization?.trim() || null,
    };
    const result = await createRegion({ input }, { additionalTypenames: ['Region'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const region = result.data!.createRegion;
    void message.success(t('regionForm.created', { name: region.name }));
    // The next step is its admin: the list opens 任命管理员 for it.
    navigate('/regions', { state: { appoint: { id: region.id, name: region.name } } });
  }

  return (
    <Card title={t('regionForm.title')}>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values>
        form={form}
        name="createRegion"
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{ level: 'STREET' }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        disabled={fetching}
      >
        <Form.Item name="name" label={t('region.name')} rules={[{ required: true, whitespace: true, message: t('regionForm.nameRequired') }]}>
          <Input maxLength={50} placeholder={t('regionForm.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="level" label={t('region.level')} rules={[{ required: true, message: t('regionForm.levelRequired') }]}>
          <Select options={REGION_LEVELS.map((value) => ({ value, label: t(regionLevelLabel(value)) }))} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="slug"
          label={t('region.slug')}
          extra={t('region.slugRule')}
          normalize={(v: string | undefined) => v?.toLowerCase()}
          rules={[
            { required: true, whitespace: true, message: t('regionForm.slugRequired') },
            { pattern: SLUG, message: t('regionForm.slugInvalid') },
          ]}
        >
          <Input maxLength={32} placeholder={t('regionForm.slugPlaceholder')} autoComplete="off" style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="superiorOrganization" label={t('region.superiorOrganization')}>
          <Input maxLength={100} placeholder={t('regionForm.superiorPlaceholder')} autoComplete="off" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('regionForm.submit')}
          </Button>
          <Button onClick={() => navigate('/regions')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
