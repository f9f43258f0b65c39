import { Alert, App, Card, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { useViewer } from '../../auth/AuthProvider';
import { useSessionDraft } from '../../auth/drafts';
import { graphql } from '../../gql';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { EMPTY_UNIT_FORM, hasUnsavedChanges, toProfileInput, type UnitFormValues } from './form-values';
import { UnitForm } from './UnitForm';

const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
    }
  }
`);

/** /units/new: register a new member unit. What is typed survives a session that ends midway (drafts.ts). */
export default function UnitCreatePage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<UnitFormValues>();
  const draft = useSessionDraft<UnitFormValues>('units/new', useViewer().userId, () => form.getFieldsValue(true));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  // A restored draft is unsaved too: compared with an empty form, not with the draft.
  const guard = useLeaveGuard(() => hasUnsavedChanges(EMPTY_UNIT_FORM, form.getFieldsValue(true) as UnitFormValues));
  const [{ fetching }, createUnit] = useMutation(CreateUnitMutation);

  async function submit(values: UnitFormValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await createUnit({ input: toProfileInput(values) });
    if (result.error) {
      setProblem(serverErrors.place(toProblem(result.error)));
      return;
    }
    const unit = result.data!.createUnit;
    void message.success(t('unitForm.created', { name: unit.name }));
    guard.allowLeave();
    navigate(`/units/${unit.id}`);
  }

  return (
    <Card title={t('unitForm.createTitle')}>
      <UnitForm
        form={form}
        initialValues={draft ?? undefined}
        notice={draft && <Alert type="info" showIcon title={t('auth.draftRestored')} style={{ marginBottom: 16 }} />}
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
