import { useMutation } from 'urql';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { graphql } from '../../../gql';
import type { ServiceRecordRowFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

export const ConfirmServiceHoursMutation = graphql(`
  mutation ConfirmServiceHours($input: ConfirmServiceHoursInput!) {
    confirmServiceHours(input: $input) {
      ...ServiceRecordRow
    }
  }
`);

interface Props {
  record: ServiceRecordRowFragment | null;
  onClose: () => void;
  onReload: () => void;
}

/** 不通过: the community declines a service record with the reason the member will read. */
export function DeclineDialog({ record, onClose, onReload }: Props) {
  const t = useT();
  const [{ fetching }, confirm] = useMutation(ConfirmServiceHoursMutation);

  async function submit(reason: string) {
    if (!record) return undefined;
    const input = { id: record.id, version: record.version, decision: 'DECLINE' as const, reason: reason || null };
    return (await confirm({ input }, { additionalTypenames: ['ServiceRecord'] })).error;
  }

  return (
    <ReasonDialog
      open={record !== null}
      formName="declineService"
      title={record ? t('serviceHours.declineTitle', { name: record.memberName }) : ''}
      okText={t('serviceHours.decline')}
      hint={record && t('serviceHours.declineHint', { date: record.servedOn, hours: record.hours, description: record.description })}
      label={t('serviceHours.reason')}
      requiredMessage={t('serviceHours.reasonRequired')}
      submitting={fetching}
      submit={submit}
      successText={record ? t('serviceHours.declined', { name: record.memberName }) : ''}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
