import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  FileDoneOutlined,
  FormOutlined,
  PrinterOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { ArchiveFileLink } from '../../components/ArchiveFileLink';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { LEDGER_STEPS, ledgerLabel, type LedgerStep } from './enums';
import { LedgerItemQuery, handlerText } from './fragments';
import { ActionDialog } from './show/ActionDialog';
import { LedgerTimeline } from './show/Timeline';
import { LedgerOverdueTag, LedgerStatusTag } from './StatusTags';

const STEP_ICONS: Record<LedgerStep, ReactNode> = {
  ASSIGN: <SendOutlined />,
  PROGRESS: <FormOutlined />,
  RESOLVE: <FileDoneOutlined />,
  SIGN_OFF: <CheckCircleOutlined />,
  REOPEN: <RollbackOutlined />,
  DECLINE: <CloseCircleOutlined />,
};
const PRIMARY: ReadonlySet<LedgerStep> = new Set(['ASSIGN', 'RESOLVE', 'SIGN_OFF']);
const DANGER: ReadonlySet<LedgerStep> = new Set(['REOPEN', 'DECLINE']);

/**
 * /ledger/:id: an item — its number and status, details, files and timeline — with the steps its `allowedActions`
 * offer this viewer (交办, 报告进展, 登记办理结果, 确认销号, 退回重办, 不予受理) and 打印四张卡.
 */
export default function LedgerShowPage() {
  const { id = '' } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const access = useAccess();
  const [{ data, error }, reexecute] = useQuery({ query: LedgerItemQuery, variables: { id } });
  const [step, setStep] = useState<LedgerStep | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) {
    const problem = toProblem(error);
    return problem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={problem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  const item = data.ledgerItem;
  if (!item) return <Result status="404" title={t('ledgerPage.notFound')} extra={<Link to="/ledger">{t('ledgerPage.backToList')}</Link>} />;

  const none = t('common.none');
  const steps = LEDGER_STEPS.filter((s) => item.allowedActions.includes(s));
  // The secretariat signing off records the raising unit's paper sign-off (反馈卡): it names who signed.
  const recordsPaperSignOff = access.manageLedger;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to={`/ledger?year=${item.year}`}>{t('ledger.title')}</Link> }, { title: item.number }]}
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="start" wrap gap={16}>
          <Space orientation="vertical" size={4}>
            <Space align="center" size={12} wrap>
              <Typography.Title level={3} style={{ margin: 0 }}>
                <span data-testid="ledger-number">{item.number}</span> {item.title}
              </Typography.Title>
              <LedgerStatusTag status={item.status} />
              {item.overdue && <LedgerOverdueTag />}
            </Space>
            <Typography.Text type="secondary">
              {t(ledgerLabel.kind(item.kind))} · {item.raisedByUnit?.name ?? none}
            </Typography.Text>
          </Space>
          <Space wrap>
            {steps.map((s) => (
              <Button key={s} type={PRIMARY.has(s) ? 'primary' : 'default'} danger={DANGER.has(s)} icon={STEP_ICONS[s]} onClick={() => setStep(s)}>
                {t(ledgerLabel.action(s))}
              </Button>
            ))}
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/ledger/${item.id}/cards`)}>
              {t('ledgerPage.printCards')}
            </Button>
          </Space>
        </Flex>
      </Card>

      {item.status === 'CLOSED' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('ledgerPage.closedAlert', { by: item.signedOffBy ?? none, at: item.signedOffAt ? formatDateTime(item.signedOffAt) : none })}
        />
      )}
      {item.status === 'DECLINED' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('ledgerPage.declinedAlert', { reason: item.declineReason ?? none })} />
      )}
      {item.status === 'RESOLVED' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('ledgerPage.resolvedAlert')} />}
      {item.overdue && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('ledgerPage.overdueAlert', { dueOn: item.dueOn ?? none })} />
      )}

      <Card title={t('ledgerPage.details')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('ledger.number')}>{item.number}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.kind')}>{t(ledgerLabel.kind(item.kind))}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.category')}>{item.category || none}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.raisedByUnit')}>{item.raisedByUnit?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.raisedBy')}>{item.raisedBy}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.raisedAt')}>{formatDateTime(item.raisedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.handler')}>
            <span data-testid="ledger-handler">{handlerText(item) ?? none}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.assignedAt')}>{item.assignedAt ? formatDateTime(item.assignedAt) : none}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.dueOn')}>
            <Space size={6}>
              <span data-testid="ledger-due">{item.dueOn ?? none}</span>
              {item.overdue && <LedgerOverdueTag />}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.description')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>
          </Descriptions.Item>
          {item.resolution && (
            <Descriptions.Item label={t('ledger.resolution')} span="filled">
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="ledger-resolution">
                {item.resolution}
              </span>
            </Descriptions.Item>
          )}
          {item.resolvedAt && <Descriptions.Item label={t('ledger.resolvedAt')}>{formatDateTime(item.resolvedAt)}</Descriptions.Item>}
          {item.signedOffBy && <Descriptions.Item label={t('ledger.signedOffBy')}>{item.signedOffBy}</Descriptions.Item>}
          {item.signedOffAt && <Descriptions.Item label={t('ledger.signedOffAt')}>{formatDateTime(item.signedOffAt)}</Descriptions.Item>}
          {item.reopenCount > 0 && <Descriptions.Item label={t('ledger.reopenCount')}>{item.reopenCount}</Descriptions.Item>}
          <Descriptions.Item label={t('ledger.files')} span="filled">
            {item.files.length === 0 ? (
              t('ledgerPage.noFiles')
            ) : (
              <Space orientation="vertical" size={2}>
                {item.files.map((file) => (
                  <ArchiveFileLink key={file.downloadUrl} file={file} />
                ))}
              </Space>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <LedgerTimeline history={item.history} />

      <ActionDialog item={item} step={step} recordsPaperSignOff={recordsPaperSignOff} onClose={() => setStep(null)} onReload={reload} />
    </>
  );
}
