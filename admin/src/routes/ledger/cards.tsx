import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Skeleton } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toProblem } from '../../api/errors';
import { useViewer } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { LedgerItemFieldsFragment } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { ledgerLabel } from './enums';
import { LedgerItemQuery, handlerText } from './fragments';

/**
 * On screen the cards sit on an A4-wide sheet; printed, only they do (the console's menu, header and the toolbar
 * go), two to a page, never split. Black on white, in thin ruled tables, as the paper cards are.
 */
const CARDS_CSS = `
.ledger-sheet { max-width: 190mm; margin: 0 auto; background: #fff; padding: 12mm 10mm; color: #000; }
.ledger-card { margin-bottom: 10mm; break-inside: avoid; page-break-inside: avoid; }
.ledger-card h2 { text-align: center; font-size: 18pt; letter-spacing: 0.2em; margin: 0 0 2mm; }
.ledger-card .ledger-card-sub { text-align: center; font-size: 10pt; margin: 0 0 3mm; }
.ledger-card table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 11pt; }
.ledger-card th, .ledger-card td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; text-align: left; word-break: break-all; }
.ledger-card th { width: 22%; font-weight: 600; text-align: center; vertical-align: middle; background: #fff; }
.ledger-card td.ledger-tall { height: 32mm; white-space: pre-wrap; }
.ledger-sign { display: inline-block; min-width: 35mm; border-bottom: 1px solid #000; height: 1.2em; }
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  .ant-layout-sider, .ant-layout-header, .ledger-cards-toolbar { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; min-height: 0 !important; }
  .ledger-sheet { max-width: none; padding: 0; }
  .ledger-card:nth-of-type(2n) { break-after: page; page-break-after: always; }
}
`;

type Item = LedgerItemFieldsFragment;

const day = (value: string | null | undefined): string | null => (value ? dayjs(value).format('YYYY-MM-DD') : null);

/** A value, or a blank line to fill in by hand. */
const Blank = () => <span className="ledger-sign" />;
const orBlank = (value: ReactNode) => (value === null || value === undefined || value === '' ? <Blank /> : value);

/** A card: its title, the item's number under it, and rows of label and value (one pair, or two side by side). */
function PaperCard({ title, subtitle, testId, children }: { title: string; subtitle: string; testId: string; children: ReactNode }) {
  return (
    <section className="ledger-card" data-testid={testId} aria-label={title}>
      <h2>{title}</h2>
      <p className="ledger-card-sub">{subtitle}</p>
      <table>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

function Row({ cells, tall }: { cells: [string, ReactNode][]; tall?: boolean }) {
  return (
    <tr>
      {cells.map(([label, value]) => [
        <th key={`${label}-th`} scope="row">
          {label}
        </th>,
        <td key={`${label}-td`} colSpan={cells.length === 1 ? 3 : 1} className={tall ? 'ledger-tall' : undefined}>
          {orBlank(value)}
        </td>,
      ])}
    </tr>
  );
}

/** The last note of a step (交办意见 of the latest 交办). */
const lastNote = (item: Item, action: Item['history'][number]['action']) => [...item.history].reverse().find((e) => e.action === action)?.note ?? null;

/**
 * /ledger/:id/cards (打印四张卡): 003 doc 1's four cards of one item — 受理登记卡, 交办卡, 办理结果登记卡, 办理结果反馈卡 —
 * filled with what the ledger holds, with blank lines for the signatures, ready for A4.
 */
export default function LedgerCardsPage() {
  const { id = '' } = useParams();
  const t = useT();
  const viewer = useViewer();
  const [{ data, error }, reexecute] = useQuery({ query: LedgerItemQuery, variables: { id } });

  if (error && !data) {
    const problem = toProblem(error);
    return problem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!data) return <Skeleton active />;
  const item = data.ledgerItem;
  if (!item) return <Result status="404" title={t('ledgerPage.notFound')} extra={<Link to="/ledger">{t('ledgerPage.backToList')}</Link>} />;

  const label = (key: MessageKey) => t(key);
  const subtitle = `${t('ledgerCards.region', { region: viewer.region?.name ?? '' })} · ${t('ledger.number')} ${item.number}`;
  const unit = item.raisedByUnit?.name ?? null;
  const signDate: [string, ReactNode] = [label('ledgerCards.date'), null];

  return (
    <>
      <style>{CARDS_CSS}</style>
      <Flex className="ledger-cards-toolbar" justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Link to={`/ledger/${item.id}`}>
          <ArrowLeftOutlined /> {t('ledgerCards.back')}
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('ledgerCards.print')}
        </Button>
      </Flex>
      <div className="ledger-sheet">
        <PaperCard title={label('ledgerCards.intake')} subtitle={subtitle} testId="card-intake">
          <Row cells={[[label('ledger.number'), item.number], [label('ledger.raisedAt'), day(item.raisedAt)]]} />
          <Row cells={[[label('ledger.raisedByUnit'), unit], [label('ledger.raisedBy'), item.raisedBy]]} />
          <Row cells={[[label('ledger.kind'), t(ledgerLabel.kind(item.kind))], [label('ledger.category'), item.category]]} />
          <Row cells={[[label('ledger.itemTitle'), item.title]]} />
          <Row cells={[[label('ledger.description'), item.description]]} tall />
          <Row cells={[[label('ledgerCards.receiver'), null], signDate]} />
        </PaperCard>

        <PaperCard title={label('ledgerCards.assignment')} subtitle={subtitle} testId="card-assignment">
          <Row cells={[[label('ledger.number'), item.number], [label('ledger.assignedAt'), day(item.assignedAt)]]} />
          <Row cells={[[label('ledger.raisedByUnit'), unit]]} />
          <Row cells={[[label('ledger.itemTitle'), item.title]]} />
          <Row cells={[[label('ledger.handlerUnit'), item.handlerUnit?.name], [label('ledger.handlerDepartment'), item.handlerDepartment]]} />
          <Row cells={[[label('ledger.dueOn'), item.dueOn]]} />
          <Row cells={[[label('ledgerAction.assignNote'), lastNote(item, 'ASSIGN')]]} tall />
          <Row cells={[[label('ledgerCards.assigner'), null], [label('ledgerCards.handlerSign'), null]]} />
        </PaperCard>

        <PaperCard title={label('ledgerCards.result')} subtitle={subtitle} testId="card-result">
          <Row cells={[[label('ledger.number'), item.number], [label('ledger.resolvedAt'), day(item.resolvedAt)]]} />
          <Row cells={[[label('ledger.itemTitle'), item.title]]} />
          <Row cells={[[label('ledger.handler'), handlerText(item)]]} />
          <Row cells={[[label('ledger.resolution'), item.resolution]]} tall />
          <Row cells={[[label('ledgerCards.resultSign'), null], signDate]} />
        </PaperCard>

        <PaperCard title={label('ledgerCards.feedback')} subtitle={subtitle} testId="card-feedback">
          <Row cells={[[label('ledger.number'), item.number], [label('ledger.raisedByUnit'), unit]]} />
          <Row cells={[[label('ledger.itemTitle'), item.title]]} />
          <Row cells={[[label('ledger.resolution'), item.resolution]]} tall />
          <Row cells={[[label('ledgerCards.feedbackOpinion'), t('ledgerCards.feedbackChoices')]]} />
          <Row cells={[[label('ledgerCards.feedbackSign'), item.signedOffBy], [label('ledger.signedOffAt'), day(item.signedOffAt)]]} />
        </PaperCard>
      </div>
    </>
  );
}
