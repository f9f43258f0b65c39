import { Tag } from 'antd';
import type { ActionItemStatus } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { actionStatusLabel } from './fragments';

export function ActionStatusTag({ status }: { status: ActionItemStatus }) {
  const t = useT();
  return (
    <Tag color={status === 'DONE' ? 'green' : 'gold'} style={{ marginInlineEnd: 0 }} data-testid="action-status">
      {t(actionStatusLabel(status))}
    </Tag>
  );
}

/** 超期: open past its due date — said in words, not by the row's colour alone. */
export function ActionOverdueTag() {
  const t = useT();
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="action-overdue">
      {t('supervision.overdue')}
    </Tag>
  );
}
