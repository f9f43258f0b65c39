import { Alert, App, Card, Form, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { useViewer } from '../../auth/AuthProvider';
import { useSessionDraft } from '../../auth/drafts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { UnitFormFieldsFragment } from '../../gql/graphql';
import { useEditedRecord } from '../../hooks/useEditedRecord';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { changedFields, fromUnit, hasUnsavedChanges, toProfileInput, type UnitFormValues } from './form-values';
import { UnitForm } from './UnitForm';

const UnitForEditQuery = graphql(`
  query UnitForEdit($id: ID!) {
    unit(id: $id) {
      ...UnitFormFields
    }
  }
`);

const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      ...UnitFormFields
    }
  }
`);

/** What an ended session leaves of this form: the record it was filled from, and the values typed since. */
interface EditDraft {
  base: UnitFormFieldsFragment;
  values: UnitFormValues;
}

/**
 * /units/:id/edit: change a unit's profile; saves only what changed, against the version it read.
 * A unit liaison sees the admin-only fields locked. If the session ends while editing, the form comes
 * back after signing in as it was, against the version it was read at (a change made meanwhile is then
 * a CONFLICT, as it would have been).
 */
export default function UnitEditPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<UnitFormValues>();
  // The capture runs when a session ends, long after this render: `base` (below) is set by then.
  const draft = useSessionDraft<EditDraft | null>(`units/${id}/edit`, useViewer().userId, (): EditDraft | null =>
    base ? { base, values: form.getFieldsValue(true) as UnitFormValues } : null,
  );
  // Always read fresh: the version edited from must be the current one, not a cached copy.
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: UnitForEditQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ fetching: saving }, updateUnit] = useMutation(UpdateUnitMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const serverErrors = useServerFieldErrors(form);
  // Against the record as read (a restored draft counts as unsaved).
  const guard = useLeaveGuard(() => base !== null && hasUnsavedChanges(fromUnit(base), form.getFieldsValue(true) as UnitFormValues));
  const { base, reload, reloading } = useEditedRecord({
    data,
    record: data?.unit,
    form,
    toValues: fromUnit,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
    initialBase: draft?.base,
    onReloaded: () => setProblem(null),
  });
  const initialValues = useMemo(
    () => (draft && base === draft.base ? draft.values : base ? fromUnit(base) : undefined),
    [base, draft],
  );

  async function submit(values: UnitFormValues) {
    if (!base) return;
    setProblem(null);
    serverErrors.clearAll();
    const changes = changedFields(toProfileInput(fromUnit(base)), toProfileInput(values));
    if (Object.keys(changes).length === 0) {
      void message.info(t('unitForm.noChanges'));
      return;
    }
    const result = await updateUnit({ input: { id: base.id, version: base.version, ...changes } });
    if (result.error) {
      setProblem(serverErrors.place(toProblem(result.error)));
      return;
    }
    void message.success(t('unitForm.saved'));
    guard.allowLeave();
    navigate(`/units/${base.id}`);
  }

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (data && !data.unit) {
    return <Result status="404" title={t('unitPage.notFound')} />;
  }
  if (!base) return <Skeleton active />;

  return (
    <Card title={t('unitForm.editTitle', { name: base.name })}>
      <UnitForm
        form={form}
        initialValues={initialValues}
        unitId={base.id}
        parent={base.parent ? { id: base.parent.id, name: base.parent.name } : null}
        submitting={saving || (reloading && fetching)}
        problem={leftToShow(problem)}
        onSubmit={submit}
        onCancel={() => {
          guard.allowLeave();
          navigate(-1);
        }}
        onReload={reload}
        onValuesChange={serverErrors.onValuesChange}
        lockedFields={base.lockedFields}
        notice={draft && base === draft.base && <Alert type="info" showIcon title={t('auth.draftRestored')} style={{ marginBottom: 16 }} />}
      />
      {guard.prompt}
    </Card>
  );
}
