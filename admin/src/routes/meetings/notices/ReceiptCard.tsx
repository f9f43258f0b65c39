import { App, Button, Card, Typography } from 'antd';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { problemText, toProblem } from '../../../api/errors';
import { useT } from '../../../i18n';
import { AcknowledgeResolutionsMutation } from '../show/ReceiptsPanel';

interface Receipt {
  acknowledged: boolean;
  acknowledgedAt?: string | null;
  acknowledgedBy?: string | null;
  onBehalf: boolean;
}

/**
 * 决议通知签收: once the minutes are approved with resolutions, the liaison acknowledges its unit's receipt of the
 * resolutions notice (签收); once done (or the secretariat acknowledged on its behalf) it shows who and when.
 */
export function ReceiptCard({ meetingId, receipt }: { meetingId: string; receipt: Receipt | null | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeResolutionsMutation);
  if (!receipt) return null;

  async function submit() {
    const result = await acknowledge({ input: { meetingId } }, { additionalTypenames: ['ResolutionReceipt', 'Meeting'] });
    if (result.error) return void message.error(problemText(toProblem(result.error), t));
    void message.success(t('receipts.done'));
  }

  return (
    <Card title={t('receipts.ownTitle')} size="small" style={{ marginBottom: 16 }} data-testid="notice-receipt">
      {receipt.acknowledged ? (
        <Typography.Text data-testid="notice-receipt-done">
          {t(receipt.onBehalf ? 'receipts.ownDoneOnBehalf' : 'receipts.ownDone', { by: receipt.acknowledgedBy ?? '', at: receipt.acknowledgedAt ? formatDateTime(receipt.acknowledgedAt) : '' })}
        </Typography.Text>
      ) : (
        <>
          <Typography.Paragraph>{t('receipts.ownHint')}</Typography.Paragraph>
          <Button type="primary" loading={fetching} onClick={() => void submit()}>
            {t('receipts.acknowledge')}
          </Button>
        </>
      )}
    </Card>
  );
}
