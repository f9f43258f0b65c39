import { App, Card, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { graphql } from '../../gql';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { emptyMeetingForm, hasUnsavedChanges, invitedRenames, toCreateInput, type MeetingFormValues } from './form-values';
import { MeetingForm } from './MeetingForm';

const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      title
    }
  }
`);

/** /meetings/new: a meeting (a 草稿 until its notice is sent) with its first agenda. */
export default function MeetingCreatePage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MeetingFormValues>();
  const initialValues = useMemo(emptyMeetingForm, []);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const guard = useLeaveGuard(() => hasUnsavedChanges(initialValues, form.getFieldsValue(true) as MeetingFormValues));
  const [{ fetching }, createMeeting] = useMutation(CreateMeetingMutation);

  async function submit(values: MeetingFormValues) {
    setProblem(null);
    serverErrors.clearAll();
    // additionalTypenames: a list showing no meeting yet (an empty month) reads again too
    const result = await createMeeting({ input: toCreateInput(values) }, { additionalTypenames: ['Meeting'] });
    if (result.error) {
      const answer = toProblem(result.error);
      setProblem(serverErrors.place(answer, invitedRenames(answer)));
      return;
    }
    const meeting = result.data!.createMeeting;
    void message.success(t('meetingForm.created', { title: meeting.title }));
    guard.allowLeave();
    navigate(`/meetings/${meeting.id}`);
  }

  return (
    <Card title={t('meetingForm.createTitle')}>
      <MeetingForm
        form={form}
        initialValues={initialValues}
        withAgenda
        submitting={fetching}
        problem={leftToShow(problem)}
        onSubmit={submit}
        onCancel={() => {
          guard.allowLeave();
          navigate(-1);
        }}
        onValuesChange={serverErrors.onValuesChange}
      />
      {guard.prompt}
    </Card>
  );
}
