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
import { NeedForm, changedNeedFields, fromNeed, type NeedFormValues } from './NeedForm';

const NeedForEditQuery = graphql(`
  query NeedForEdit($id: ID!) {
    need(id: $id) {
      ...NeedFields
    }
  }
`);

const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      ...NeedFields
    }
  }
`);

/** /lists/needs/:id/edit: while the need is 已征集; saves only what changed, against the version read. */
export default function NeedEditPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NeedFormValues>();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: NeedForEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const [{ fetching: saving }, updateNeed] = useMutation(UpdateNeedMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const { base, reload, reloading } = useEditedRecord({
    data,
    record: data?.need,
    form,
    toValues: fromNeed,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
    onReloaded: () => setProblem(null),
  });
  const initialValues = useMemo(() => (base ? fromNeed(base) : undefined), [base]);

  async function submit(values: NeedFormValues) {
    if (!base) return;
    setProblem(null);
    serverErrors.clearAll();
    const changes = changedNeedFields(fromNeed(base), values);
    if (Object.keys(changes).length === 0) {
      void message.info(t('lists.noChanges'));
      return;
    }
    const result = await updateNeed({ input: { id: base.id, version: base.version, ...changes } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('lists.saved'));
    navigate(`/lists/needs/${base.id}`);
  }

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (data && !data.need) {
    return <Result status="404" title={t('needPage.notFound')} extra={<Link to="/lists/needs">{t('needs.backToList')}</Link>} />;
  }
  if (!base || !initialValues) return <Skeleton active />;
  if (base.status !== 'COLLECTED') {
    return (
      <Card title={t('needForm.editTitle', { title: base.title })}>
        <Alert type="info" showIcon title={t('needForm.notEditable')} action={<Link to={`/lists/needs/${base.id}`}>{t('common.view')}</Link>} />
      </Card>
    );
  }

  return (
    <Card title={t('needForm.editTitle', { title: base.title })}>
      <NeedForm
        form={form}
        initialValues={initialValues}
        community={base.communityUnit}
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
