import { App, Card, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { graphql } from '../../gql';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { emptyMemberForm, hasUnsavedChanges, toCreateInput, type MemberFormValues } from './form-values';
import { MemberForm } from './MemberForm';

const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
      name
      unit {
        id
        memberCount
        fullMemberCount
      }
    }
  }
`);

/** /members/new (`?unit=` from a filtered roster): put a member on the roster. A liaison's goes to its own unit. */
export default function MemberCreatePage() {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<MemberFormValues>();
  const initialValues = useMemo(
    () => emptyMemberForm(access.rosterUnitId ?? params.get('unit')),
    // The form mounts once with these
    [],
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  const guard = useLeaveGuard(() => hasUnsavedChanges(initialValues, form.getFieldsValue(true) as MemberFormValues));
  const [{ fetching }, createMember] = useMutation(CreateMemberMutation);

  async function submit(values: MemberFormValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await createMember({ input: toCreateInput(values) });
    if (result.error) {
      setProblem(serverErrors.place(toProblem(result.error)));
      return;
    }
    const member = result.data!.createMember;
    void message.success(t('memberForm.created', { name: member.name }));
    guard.allowLeave();
    navigate(`/members/${member.id}`);
  }

  return (
    <Card title={t('memberForm.createTitle')}>
      <MemberForm
        form={form}
        initialValues={initialValues}
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
