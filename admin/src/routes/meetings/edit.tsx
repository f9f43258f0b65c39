import { Alert, App, Card, Form, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { MeetingFormFieldsFragment } from '../../gql/graphql';
import { useEditedRecord } from '../../hooks/useEditedRecord';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { changedFields, fromMeeting, hasUnsavedChanges, invitedRenames, type MeetingFormValues } from './form-values';
import { MeetingForm } from './MeetingForm';

const MeetingForEditQuery = graphql(`
  query MeetingForEdit($id: ID!) {
    meeting(id: $id) {
      ...MeetingFormFields
    }
  }
`);

const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingFormFields
      updatedAt
    }
  }
`);

/**
 * /meetings/:id/edit: change a meeting before its notice (afterwards it is postponed, not edited); saves only what
 * changed, against the version it read (a stale one is a CONFLICT with 重新加载).
 */
export default function MeetingEditPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MeetingFormValues>();
  // Always read fresh: the version edited from must be the current one.
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MeetingForEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const [{ fetching: saving }, updateMeeting] = useMutation(UpdateMeetingMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const { base, reload, reloading } = useEditedRecord({
    data,
    record: data?.meeting,
    form,
    toValues: fromMeeting,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
    onReloaded: () => setProblem(null),
  });
  const guard = useLeaveGuard(() => base !== null && hasUnsavedChanges(fromMeeting(base), form.getFieldsValue(true) as MeetingFormValues));
  const initialValues = useMemo(() => (base ? fromMeeting(base) : undefined), [base]);
  const invitedMembers = useMemo(
    () => (base?.invitedMembers ?? []).map((m) => ({ id: m.id, name: m.name, unitId: m.unit?.id ?? null, unitName: m.unit?.name ?? null })),
    [base],
  );

  async function submit(values: MeetingFormValues) {
    if (!base) return;
    setProblem(null);
    serverErrors.clearAll();
    const changes = changedFields(fromMeeting(base), values);
    if (Object.keys(changes).length === 0) {
      void message.info(t('meetingForm.noChanges'));
      return;
    }
    const result = await updateMeeting({ input: { id: base.id, version: base.version, ...changes } });
    if (result.error) {
      const answer = toProblem(result.error);
      setProblem(serverErrors.place(answer, invitedRenames(answer)));
      return;
    }
    void message.success(t('meetingForm.saved'));
    guard.allowLeave();
    navigate(`/meetings/${base.id}`);
  }

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (data && !data.meeting) {
    return <Result status="404" title={t('meetingPage.notFound')} extra={<Link to="/meetings">{t('meetings.backToList')}</Link>} />;
  }
  if (!base || !initialValues) return <Skeleton active />;
  if (!base.allowedActions.includes('EDIT')) {
    return (
      <Card title={t('meetingForm.editTitle', { title: base.title })}>
        <Alert type="info" showIcon title={t('meetingForm.notEditable')} action={<Link to={`/meetings/${base.id}`}>{t('common.view')}</Link>} />
      </Card>
    );
  }

  return (
    <Card title={t('meetingForm.editTitle', { title: base.title })}>
      <MeetingForm
        form={form}
        initialValues={initialValues}
        convenerUnit={base.convenerUnit}
        invitedUnits={base.invitedUnits}
        invitedMembers={invitedMembers}
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
