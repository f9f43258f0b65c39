import { Tag } from 'antd';
import type { LedgerStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ledgerLabel } from './enums';

/** By what the item waits for: 交办 (blue), the handler (gold), the raising unit's sign-off (cyan), done (green), declined (grey). */
const COLORS: Record<LedgerStatus, string> = { RAISED: 'blue', ASSIGNED: 'gold', RESOLVED: 'cyan', CLOSED: 'green', DECLINED: 'default' };

export function LedgerStatusTag({ status }: { status: LedgerStatus }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="ledger-status">
      {t(ledgerLabel.status(status))}
    </Tag>
  );
}

/** 超期: past its due date and still with the handler — said in words, not by the row's colour alone. */
export function LedgerOverdueTag() {
  const t = useT();
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="ledger-overdue">
      {t('ledger.overdue')}
    </Tag>
  );
}
