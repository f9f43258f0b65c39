import { App, Card, Form, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { MemberFormFieldsFragment } from '../../gql/graphql';
import { useEditedRecord } from '../../hooks/useEditedRecord';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { changedFields, fromMember, hasUnsavedChanges, type MemberFormValues } from './form-values';
import { MemberForm } from './MemberForm';

const MemberForEditQuery = graphql(`
  query MemberForEdit($id: ID!) {
    member(id: $id) {
      ...MemberFormFields
    }
  }
`);

const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ...MemberFormFields
      unit {
        id
        memberCount
        fullMemberCount
      }
    }
  }
`);

/**
 * /members/:id/edit: change a member's record; saves only what changed, against the version it read (a stale
 * one is a CONFLICT with 重新加载). The ID number is never shown whole here: typed, it replaces the old one.
 */
export default function MemberEditPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MemberFormValues>();
  // Always read fresh: the version edited from must be the current one.
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MemberForEditQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ fetching: saving }, updateMember] = useMutation(UpdateMemberMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const { base, reload, reloading } = useEditedRecord({
    data,
    record: data?.member,
    form,
    toValues: fromMember,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
    onReloaded: () => setProblem(null),
  });
  const guard = useLeaveGuard(() => base !== null && hasUnsavedChanges(fromMember(base), form.getFieldsValue(true) as MemberFormValues));
  const initialValues = useMemo(() => (base ? fromMember(base) : undefined), [base]);

  async function submit(values: MemberFormValues) {
    if (!base) return;
    setProblem(null);
    serverErrors.clearAll();
    const changes = changedFields(fromMember(base), values);
    if (Object.keys(changes).length === 0) {
      void message.info(t('memberForm.noChanges'));
      return;
    }
    const result = await updateMember({ input: { id: base.id, version: base.version, ...changes } });
    if (result.error) {
      setProblem(serverErrors.place(toProblem(result.error)));
      return;
    }
    void message.success(t('memberForm.saved'));
    guard.allowLeave();
    navigate(`/members/${base.id}`);
  }

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (data && !data.member) {
    return <Result status="404" title={t('memberPage.notFound')} extra={<Link to="/members">{t('members.backToList')}</Link>} />;
  }
  if (!base || !initialValues) return <Skeleton active />;

  return (
    <Card title={t('memberForm.editTitle', { name: base.name })}>
      <MemberForm
        form={form}
        initialValues={initialValues}
        editing={{ maskedIdNumber: base.idNumber }}
        unit={base.unit}
        community={base.community}
        submitting={saving || (reloading && fetching)}
        problem={leftToShow(problem)}
        onSubmit={submit}
        onCancel={() => {
          guard.allowLeave();
          navigate(-1);
        }}
        onReload={reload}
        onValuesChange={serverErrors.onValuesChange}
      />
      {guard.prompt}
    </Card>
  );
}
