import { Alert, App, Card, Form, Skeleton } from 'antd';
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
import { NeedForm, toCreateNeedInput, type NeedFormValues } from './NeedForm';

const CreateNeedMutation = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      ...NeedFields
    }
  }
`);

/** /lists/needs/new: a need of a community for a year; a liaison files for its own 村/社区. */
export default function NeedCreatePage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const access = useAccess();
  const own = useOwnUnit();
  const [params] = useSearchParams();
  const [form] = Form.useForm<NeedFormValues>();
  const year = yearFromParams(params);
  const initialValues = useMemo<NeedFormValues>(() => ({ year, urgency: 'NORMAL', source: 'RESIDENTS' }), [year]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const [{ fetching }, createNeed] = useMutation(CreateNeedMutation);

  if (!access.manageLists && own.fetching) return <Skeleton active />;
  if (!access.manageLists && !own.isCommunity) {
    return (
      <Card title={t('needForm.createTitle')}>
        <Alert type="info" showIcon title={t('needForm.onlyCommunities')} />
      </Card>
    );
  }

  async function submit(values: NeedFormValues) {
    setProblem(null);
    serverErrors.clearAll();
    const input = toCreateNeedInput({ ...values, communityUnitId: access.listsUnitId ?? values.communityUnitId });
    const result = await createNeed({ input }, { additionalTypenames: ['Need'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const need = result.data!.createNeed;
    void message.success(t('needForm.created', { title: need.title }));
    navigate(`/lists/needs/${need.id}`);
  }

  return (
    <Card title={t('needForm.createTitle')}>
      <NeedForm
        form={form}
        initialValues={initialValues}
        creating
        fixedCommunity={access.listsUnitId ? (own.unit ?? { id: access.listsUnitId, name: t('common.none') }) : null}
        submitting={fetching}
        problem={leftToShow(problem)}
        onSubmit={submit}
        onCancel={() => navigate(-1)}
        onValuesChange={serverErrors.onValuesChange}
      />
    </Card>
  );
}
