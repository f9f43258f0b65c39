import { Card, Descriptions, Typography } from 'antd';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../api/dates';
import { UnitLink } from '../../../components/UnitLink';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { enumLabel } from '../../../i18n/enums';
import { formatMeetingTime } from '../time';

/** 会议信息: kind, status, time, place, convener, chair, recorder … */
export function DetailsCard({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const none = t('common.none');
  return (
    <Card title={t('meetingPage.details')} size="small" style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
        <Descriptions.Item label={t('meeting.kind')}>{t(enumLabel.meetingKind(meeting.kind))}</Descriptions.Item>
        <Descriptions.Item label={t('meeting.status')}>{t(enumLabel.meetingStatus(meeting.status))}</Descriptions.Item>
        <Descriptions.Item label={t('meeting.time')}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMeetingTime(meeting.startsAt, meeting.endsAt)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('meeting.place')}>{meeting.place || none}</Descriptions.Item>
        <Descriptions.Item label={t('meeting.onlineLink')}>
          {meeting.onlineLink ? (
            <Typography.Link href={meeting.onlineLink} target="_blank" rel="noopener noreferrer">
              {meeting.onlineLink}
            </Typography.Link>
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('meeting.convenerUnit')}>
          {meeting.convenerUnit ? <UnitLink id={meeting.convenerUnit.id} name={meeting.convenerUnit.name} /> : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('meeting.chair')}>{meeting.chair || none}</Descriptions.Item>
        <Descriptions.Item label={t('meeting.recorder')}>{meeting.recorder || none}</Descriptions.Item>
        {meeting.statusReason && <Descriptions.Item label={t('meeting.statusReason')}>{meeting.statusReason}</Descriptions.Item>}
        <Descriptions.Item label={t('meeting.createdAt')}>{formatDateTime(meeting.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('meeting.updatedAt')}>{formatDateTime(meeting.updatedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** 参会单位: each invited unit, linked to its page; below them the members invited in person (个人受邀党员), if any. */
export function InvitedUnitsCard({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const membersLabel = useId();
  return (
    <Card title={t('meeting.invitedUnits')} size="small" style={{ marginBottom: 16 }}>
      {meeting.invitedUnits.length === 0 ? (
        <Typography.Text type="secondary">{t('meetingPage.invitedEmpty')}</Typography.Text>
      ) : (
        <ul data-testid="invited-units" style={{ margin: 0, paddingInlineStart: 20, columns: '16em' }}>
          {meeting.invitedUnits.map((unit) => (
            <li key={unit.id}>
              <UnitLink id={unit.id} name={unit.name} />
            </li>
          ))}
        </ul>
      )}
      {meeting.invitedMembers.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong id={membersLabel}>
            {t('meeting.invitedMembers')}
          </Typography.Text>
          <ul data-testid="invited-members" aria-labelledby={membersLabel} style={{ margin: '4px 0 0', paddingInlineStart: 20, columns: '16em' }}>
            {meeting.invitedMembers.map((member) => (
              <li key={member.id}>
                <Link to={`/members/${member.id}`}>{member.name}</Link>
                {member.unit && (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {member.unit.name}
                  </Typography.Text>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
