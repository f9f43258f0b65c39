import { Card, Flex, Statistic } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { LedgerStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { LEDGER_STATUSES, ledgerLabel } from './enums';

const LedgerYearQuery = graphql(`
  query LedgerYear($year: Int!) {
    ledgerYear(year: $year) {
      year
      total
      byStatus {
        status
        count
      }
      overdue
    }
  }
`);

/** Any change to an item reads the figures again (a constant: a new context each render would re-run the query). */
const REFRESH_ON = { additionalTypenames: ['LedgerItem'] };

/**
 * A year's ledger in figures above the secretariat's table (the API gives them to it alone): the total, each status,
 * and the overdue items (in red, and named 超期). Nothing shows when the figures cannot be read (the table says why).
 */
export function YearFigures({ year }: { year: number }) {
  const t = useT();
  const [{ data }] = useQuery({ query: LedgerYearQuery, variables: { year }, context: REFRESH_ON });
  const figures = data?.ledgerYear;
  if (!figures) return null;
  const count = (status: LedgerStatus) => figures.byStatus.find((s) => s.status === status)?.count ?? 0;
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex wrap gap={32} role="group" aria-label={t('ledgerYear.label', { year })} data-testid="ledger-year">
        <Statistic title={t('ledgerYear.total')} value={figures.total} />
        {LEDGER_STATUSES.map((status) => (
          <Statistic key={status} title={t(ledgerLabel.status(status))} value={count(status)} />
        ))}
        <Statistic
          title={t('ledgerYear.overdue')}
          value={figures.overdue}
          styles={{ content: figures.overdue > 0 ? { color: '#a8071a' } : undefined }}
        />
      </Flex>
    </Card>
  );
}
