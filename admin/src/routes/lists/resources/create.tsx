import { App, Card, Form, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { useOwnUnit } from '../own-unit';
import { yearFromParams } from '../year';
import { ResourceForm, toCreateResourceInput, type ResourceFormValues } from './ResourceForm';

const CreateResourceMutation = graphql(`
  mutation CreateResource($input: CreateResourceInput!) {
    createResource(input: $input) {
      ...ResourceFields
    }
  }
`);

/** /lists/resources/new: a resource a unit offers; a liaison offers its own unit's. */
export default function ResourceCreatePage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const access = useAccess();
  const own = useOwnUnit();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ResourceFormValues>();
  const year = yearFromParams(params);
  const initialValues = useMemo<ResourceFormValues>(() => ({ year, quantityUnit: '名' }), [year]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const [{ fetching }, createResource] = useMutation(CreateResourceMutation);

  if (!access.manageLists && own.fetching) return <Skeleton active />;

  async function submit(values: ResourceFormValues) {
    setProblem(null);
    serverErrors.clearAll();
    const input = toCreateResourceInput({ ...values, unitId: access.listsUnitId ?? values.unitId });
    const result = await createResource({ input }, { additionalTypenames: ['Resource'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('resourceForm.created', { title: result.data!.createResource.title }));
    navigate(`/lists/resources?year=${result.data!.createResource.year}`);
  }

  return (
    <Card title={t('resourceForm.createTitle')}>
      <ResourceForm
        form={form}
        initialValues={initialValues}
        creating
        fixedUnit={access.listsUnitId ? (own.unit ?? { id: access.listsUnitId, name: t('common.none') }) : null}
        submitting={fetching}
        problem={leftToShow(problem)}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        onValuesChange={serverErrors.onValuesChange}
      />
    </Card>
  );
}
