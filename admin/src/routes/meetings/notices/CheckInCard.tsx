import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { NoticeAttendanceFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { AttendanceTag } from './AttendanceTag';

const CheckInMutation = graphql(`
  mutation CheckIn($meetingId: ID!, $code: String!) {
    checkIn(meetingId: $meetingId, code: $code) {
      ...NoticeAttendance
    }
  }
`);

const CODE = /^\d{6}$/;

interface Props {
  meetingId: string;
  /** From 30 minutes before the start until the end (the API's window). */
  opensAt: string;
  closesAt: string;
  /** Whether the meeting can still be attended (noticed or held; not cancelled or postponed). */
  attendable: boolean;
  attendance: NoticeAttendanceFragment | null;
}

/** 签到: the six-digit code read out (or printed) at the meeting; after the start the unit is 迟到. */
export function CheckInCard({ meetingId, opensAt, closesAt, attendable, attendance }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code?: string }>();
  // The QR on the meeting's 签到 step opens this page with its code: the liaison only confirms.
  const codeFromQr = useSearchParams()[0].get('code') ?? undefined;
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, checkIn] = useMutation(CheckInMutation);
  const now = Date.now();
  const open = attendable && now >= Date.parse(opensAt) && now <= Date.parse(closesAt);
  const checkedIn = attendance?.status === 'PRESENT';

  async function submit({ code }: { code?: string }) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await checkIn({ meetingId, code: code?.trim() ?? '' }, { additionalTypenames: ['Attendance', 'Meeting'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const late = result.data?.checkIn.late;
    void message.success(t(late ? 'myNotices.checkedInLate' : 'myNotices.checkedInDone'));
    form.resetFields();
  }

  return (
    <Card title={t('myNotices.checkIn')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        {t('myNotices.checkInWindow', { opensAt: formatDateTime(opensAt), closesAt: formatDateTime(closesAt) })}
      </Typography.Paragraph>
      {checkedIn ? (
        <Flex gap={8} align="center" wrap data-testid="notice-checked-in">
          <AttendanceTag attendance={attendance} />
          {attendance?.checkedInAt && (
            <Typography.Text type="secondary">{t('myNotices.checkedInAt', { at: formatDateTime(attendance.checkedInAt) })}</Typography.Text>
          )}
        </Flex>
      ) : open ? (
        <>
          <ProblemAlert problem={leftToShow(problem)} />
          <Form form={form} name="checkIn" layout="inline" initialValues={{ code: codeFromQr }} onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
            <Form.Item
              name="code"
              label={t('myNotices.checkInCode')}
              rules={[{ required: true, pattern: CODE, message: t('myNotices.checkInCodeInvalid') }]}
            >
              <Input inputMode="numeric" maxLength={6} autoComplete="off" style={{ width: 120, letterSpacing: 2 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={fetching}>
                {t('myNotices.checkInSubmit')}
              </Button>
            </Form.Item>
          </Form>
        </>
      ) : (
        <Typography.Text type="secondary" data-testid="notice-check-in-closed">
          {t(attendable && now < Date.parse(opensAt) ? 'myNotices.checkInNotYet' : 'myNotices.checkInClosed')}
        </Typography.Text>
      )}
    </Card>
  );
}
