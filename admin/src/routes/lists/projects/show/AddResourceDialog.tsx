import { App, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../../api/errors';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { graphql } from '../../../../gql';
import { useServerFieldErrors } from '../../../../hooks/useServerFieldErrors';
import { useT } from '../../../../i18n';

const ResourceChoicesQuery = graphql(`
  query ResourceChoices($first: Int!, $filter: ResourceFilter!) {
    resources(first: $first, filter: $filter) {
      edges {
        node {
          id
          title
          quantityLeft
          quantityUnit
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

const ClaimResourceMutation = graphql(`
  mutation ClaimResource($input: ClaimResourceInput!) {
    claimResource(input: $input) {
      id
      project {
        ...ProjectPageFields
      }
    }
  }
`);

/** The available resources offered (the API's page limit). */
const CHOICES = 100;

interface Values {
  resourceId?: string;
  quantity?: number | null;
}

interface Props {
  project: { id: string; year: number };
  open: boolean;
  /** A liaison adds its own unit's resources; the secretariat any unit's (null). */
  unitId: string | null;
  onClose: () => void;
}

/**
 * 添加资源: a quantity of an available resource for the project (claimResource). Never more than is left: checked
 * here with what was read, and by the server (someone may have taken some meanwhile), whose refusal shows at 数量.
 */
export function AddResourceDialog({ project, open, unitId, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // `first` as a variable: the API's cost limit multiplies a literal page size into the query's cost
  const [{ data, error, fetching: loading }, reexecute] = useQuery({
    query: ResourceChoicesQuery,
    variables: { first: CHOICES, filter: { year: project.year, status: 'AVAILABLE', unitId: unitId ?? undefined } },
    pause: !open,
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching }, claimResource] = useMutation(ClaimResourceMutation);
  const resources = data?.resources.edges.map((e) => e.node) ?? [];
  const chosenId = Form.useWatch('resourceId', form);
  const chosen = resources.find((r) => r.id === chosenId);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await claimResource(
      { input: { projectId: project.id, resourceId: values.resourceId ?? '', quantity: values.quantity ?? 0 } },
      { additionalTypenames: ['Resource', 'Claim'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('addResource.done'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('addResource.title')}
      okText={t('addResource.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('addResource.hint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      {error && !data && <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <Form<Values> form={form} name="claimResource" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="resourceId" label={t('addResource.resource')} rules={[{ required: true, message: t('addResource.resourceRequired') }]}>
          <Select
            loading={loading}
            showSearch={{ optionFilterProp: 'label' }}
            notFoundContent={t('addResource.noneAvailable')}
            options={resources.map((r) => ({
              value: r.id,
              label: t('addResource.option', { title: r.title, unit: r.unit?.name ?? '', left: r.quantityLeft, quantityUnit: r.quantityUnit }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('resource.quantity')}
          dependencies={['resourceId']}
          extra={chosen ? t('addResource.leftHint', { left: chosen.quantityLeft, unit: chosen.quantityUnit }) : undefined}
          rules={[
            { required: true, message: t('match.quantityRequired') },
            {
              validator: async (_, value?: number | null) => {
                if (chosen && value != null && value > chosen.quantityLeft) {
                  throw new Error(t('lists.quantityTooLarge', { left: chosen.quantityLeft, unit: chosen.quantityUnit }));
                }
              },
            },
          ]}
        >
          <InputNumber min={1} precision={0} style={{ width: '100%' }} suffix={chosen?.quantityUnit} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
