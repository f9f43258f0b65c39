import { CalendarOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from 'urql';
import { downloadGenerated } from '../../api/download';
import { graphql } from '../../gql';
import { useT } from '../../i18n';

const MeetingCalendarMutation = graphql(`
  mutation MeetingCalendar($meetingId: ID!) {
    meetingCalendar(meetingId: $meetingId) {
      name
      downloadUrl
    }
  }
`);

/** 加入日历: the meeting as an .ics invitation (the secretariat's page, a liaison's notice). */
export function CalendarButton({ meetingId }: { meetingId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [{ fetching }, generate] = useMutation(MeetingCalendarMutation);

  async function download() {
    const result = await generate({ meetingId });
    downloadGenerated(result.data?.meetingCalendar, result.error, (text) => void message.error(text), t);
  }

  return (
    <Button size="small" icon={<CalendarOutlined />} loading={fetching} onClick={download} data-testid="calendar-download">
      {t('calendar.download')}
    </Button>
  );
}
