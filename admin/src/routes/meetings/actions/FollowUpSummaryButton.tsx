import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { downloadGenerated } from '../../../api/download';
import { graphql } from '../../../gql';
import type { FollowUpSummaryFormat, MeetingKind } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { enumLabel, MEETING_KINDS } from '../../../i18n/enums';

const MeetingFollowUpSummaryMutation = graphql(`
  mutation MeetingFollowUpSummary($input: MeetingFollowUpSummaryInput!) {
    meetingFollowUpSummary(input: $input) {
      name
      downloadUrl
    }
  }
`);

interface Values {
  kind: MeetingKind;
  period: [Dayjs, Dayjs];
  format: FollowUpSummaryFormat;
}

/**
 * 导出落实情况汇总: what the convener reports to the superior organisation — the meetings of a kind held in a period,
 * their resolutions, action items and receipts — as Excel or Word (公文), downloaded at once. The secretariat's.
 */
export function FollowUpSummaryButton() {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [{ fetching }, summarize] = useMutation(MeetingFollowUpSummaryMutation);

  async function submit(values: Values) {
    const [from, to] = values.period;
    const result = await summarize({ input: { kind: values.kind, from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD'), format: values.format } });
    if (downloadGenerated(result.data?.meetingFollowUpSummary, result.error, (text) => void message.error(text), t)) setOpen(false);
  }

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)}>
        {t('followUp.export')}
      </Button>
      <Modal
        open={open}
        title={t('followUp.title')}
        okText={t('followUp.download')}
        cancelText={t('common.cancel')}
        confirmLoading={fetching}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('followUp.hint')}</Typography.Paragraph>
        <Form
          form={form}
          name="followUpSummary"
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={{ kind: 'JOINT_MEETING', period: [dayjs().startOf('year'), dayjs()], format: 'XLSX' }}
        >
          <Form.Item name="kind" label={t('followUp.kind')} rules={[{ required: true }]}>
            <Select options={MEETING_KINDS.map((value) => ({ value, label: t(enumLabel.meetingKind(value)) }))} />
          </Form.Item>
          <Form.Item name="period" label={t('followUp.period')} rules={[{ required: true, message: t('followUp.periodRequired') }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="format" label={t('followUp.format')}>
            <Radio.Group
              options={[
                { value: 'XLSX', label: t('followUp.xlsx') },
                { value: 'DOCX', label: t('followUp.docx') },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
