import { Alert, App, Card, Form, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useEditedRecord } from '../../../hooks/useEditedRecord';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { ResourceForm, changedResourceFields, fromResource, type ResourceFormValues } from './ResourceForm';

const ResourceForEditQuery = graphql(`
  query ResourceForEdit($id: ID!) {
    resource(id: $id) {
      ...ResourceFields
    }
  }
`);

const UpdateResourceMutation = graphql(`
  mutation UpdateResource($input: UpdateResourceInput!) {
    updateResource(input: $input) {
      ...ResourceFields
    }
  }
`);

/** /lists/resources/:id/edit: saves only what changed, against the version read; never below what projects took. */
export default function ResourceEditPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ResourceFormValues>();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ResourceForEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const [{ fetching: saving }, updateResource] = useMutation(UpdateResourceMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const { base, reload, reloading } = useEditedRecord({
    data,
    record: data?.resource,
    form,
    toValues: fromResource,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
    onReloaded: () => setProblem(null),
  });
  const initialValues = useMemo(() => (base ? fromResource(base) : undefined), [base]);

  async function submit(values: ResourceFormValues) {
    if (!base) return;
    setProblem(null);
    serverErrors.clearAll();
    const changes = changedResourceFields(fromResource(base), values);
    if (Object.keys(changes).length === 0) {
      void message.info(t('lists.noChanges'));
      return;
    }
    const result = await updateResource({ input: { id: base.id, version: base.version, ...changes } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('lists.saved'));
    navigate(`/lists/resources?year=${base.year}`);
  }

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (data && !data.resource) {
    return <Result status="404" title={t('resources.notFound')} extra={<Link to="/lists/resources">{t('resources.backToList')}</Link>} />;
  }
  if (!base || !initialValues) return <Skeleton active />;
  if (base.status === 'WITHDRAWN') {
    return (
      <Card title={t('resourceForm.editTitle', { title: base.title })}>
        <Alert type="info" showIcon title={t('resourceForm.withdrawn')} action={<Link to="/lists/resources">{t('resources.backToList')}</Link>} />
      </Card>
    );
  }

  return (
    <Card title={t('resourceForm.editTitle', { title: base.title })}>
      <ResourceForm
        form={form}
        initialValues={initialValues}
        unit={base.unit}
        taken={base.quantity - base.quantityLeft}
        submitting={saving || (reloading && fetching)}
        problem={leftToShow(problem)}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        onReload={reload}
        onValuesChange={serverErrors.onValuesChange}
      />
    </Card>
  );
}
