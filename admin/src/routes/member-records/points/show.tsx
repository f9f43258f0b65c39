import { PlusCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Progress, Rate, Row, Skeleton, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { PointsEntryRowFragment } from '../../../gql/graphql';
import { useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import { YearSelect, yearFromParams } from '../../lists/year';
import { recordLabel } from '../enums';
import { MemberPicker } from '../MemberPicker';
import { useRecordsScope } from '../scope';
import { AdjustDialog } from './AdjustDialog';

const MemberPointsQuery = graphql(`
  query MemberPoints($memberId: ID!, $year: Int!) {
    memberPoints(memberId: $memberId, year: $year) {
      memberId
      year
      member {
        id
        name
        unit {
          id
          name
        }
      }
      points
      stars
      nextStarAt
      serviceHours
      volunteerStars
      trainingHours
      trainingRequired
      postMonths
      meetingsAttended
    }
  }
`);

graphql(`
  fragment PointsEntryRow on PointsEntry {
    id
    kind
    correcting
    sourceId
    basis
    points
    reason
    rulesVersion
    createdAt
    createdBy
  }
`);

const MemberPointsEntriesQuery = graphql(`
  query MemberPointsEntries($memberId: ID!, $year: Int!, $first: Int!, $after: String) {
    memberPoints(memberId: $memberId, year: $year) {
      memberId
      year
      entries(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PointsEntryRow
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const REFRESH_ON = ['PointsEntry', 'MemberPoints'];
/** The summary refreshes after a 加减分 or a recompute (a stable object: urql compares contexts by identity). */
const SUMMARY_CONTEXT = { additionalTypenames: REFRESH_ON };

/**
 * /member-records/points (党员积分): a member's year — points and 星级党员, the next star, confirmed service hours and
 * 星级志愿者, training against the minimum, months on posts — and its points ledger (积分台账), newest first. The
 * secretariat adds or deducts points with a reason (加减分).
 */
export default function MemberPointsPage() {
  const t = useT();
  const scope = useRecordsScope();
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const memberId = params.get('member');
  const setFilter = (patch: { member?: string | null; year?: number }) => {
    const next = { member: memberId, year: String(year), ...patch };
    const search = new URLSearchParams();
    if (next.member) search.set('member', next.member);
    search.set('year', String(next.year));
    setParams(search, { replace: true });
  };
  const [{ data, fetching, error }, reload] = useQuery({
    query: MemberPointsQuery,
    variables: { memberId: memberId ?? '', year },
    pause: !memberId,
    context: SUMMARY_CONTEXT,
  });
  const [adjusting, setAdjusting] = useState(false);
  const table = useConnectionTable({
    query: MemberPointsEntriesQuery,
    variables: ({ first, after }) => ({ memberId: memberId ?? '', year, first, after }),
    connection: (d) => d.memberPoints.entries,
    resetKey: `${memberId}|${year}`,
    additionalTypenames: REFRESH_ON,
    pause: !memberId,
  });

  const points = memberId && data?.memberPoints.memberId === memberId ? data.memberPoints : null;
  const member = points?.member ? { id: points.member.id, name: points.member.name, unitName: points.member.unit?.name } : null;
  const problem = error ? toProblem(error) : null;
  const none = t('common.none');

  const columns: TableColumnsType<PointsEntryRowFragment> = [
    { title: t('memberPoints.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t('memberPoints.kind'),
      key: 'kind',
      width: 170,
      render: (_, e) => (
        <span>
          <Tag style={{ marginInlineEnd: 4 }}>{t(recordLabel.pointsKind(e.kind))}</Tag>
          {e.correcting && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('memberPoints.correcting', { kind: t(recordLabel.pointsKind(e.correcting)) })}
            </Typography.Text>
          )}
        </span>
      ),
    },
    { title: t('memberPoints.reason'), dataIndex: 'reason' },
    { title: t('memberPoints.basis'), dataIndex: 'basis', width: 90, align: 'right', render: (v: number | null) => v ?? none },
    {
      title: t('memberPoints.points'),
      dataIndex: 'points',
      width: 90,
      align: 'right',
      render: (v: number) => <Typography.Text type={v < 0 ? 'danger' : undefined}>{v > 0 ? `+${v}` : v}</Typography.Text>,
    },
    { title: t('memberPoints.rulesVersion'), dataIndex: 'rulesVersion', width: 90, align: 'right' },
    { title: t('memberPoints.createdBy'), dataIndex: 'createdBy', width: 120 },
  ];

  return (
    <Card
      title={t('memberPoints.title')}
      extra={
        scope.admin &&
        member && (
          <Button icon={<PlusCircleOutlined />} onClick={() => setAdjusting(true)}>
            {t('memberPoints.adjust')}
          </Button>
        )
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <MemberPicker
          aria-label={t('records.member')}
          value={memberId}
          initial={member}
          unitId={scope.ownUnitId}
          onChange={(id) => setFilter({ member: id })}
          style={{ width: 260 }}
        />
        <YearSelect value={year} onChange={(next) => setFilter({ year: next })} />
        {member?.unitName && <Typography.Text type="secondary">{member.unitName}</Typography.Text>}
      </Flex>
      {!memberId ? (
        <Alert type="info" showIcon title={t('memberPoints.pickMember')} />
      ) : !points && fetching ? (
        <Skeleton active />
      ) : !points ? (
        <ProblemAlert problem={problem} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <div data-testid="member-points">
                <Statistic title={t('memberPoints.points')} value={points.points} />
              </div>
            </Col>
            <Col xs={12} md={6}>
              <Typography.Text type="secondary">{t('memberPoints.stars')}</Typography.Text>
              <div>
                <Rate disabled value={points.stars} aria-label={t('memberPoints.starsOf', { stars: points.stars })} />
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {points.nextStarAt != null ? t('memberPoints.nextStarAt', { points: points.nextStarAt }) : t('memberPoints.topStar')}
              </Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <div data-testid="member-service-hours">
                <Statistic title={t('memberPoints.serviceHours')} value={points.serviceHours} suffix={t('records.hoursUnit')} />
              </div>
            </Col>
            <Col xs={12} md={6}>
              <Typography.Text type="secondary">{t('memberPoints.volunteerStars')}</Typography.Text>
              <div>
                <Rate disabled value={points.volunteerStars} aria-label={t('memberPoints.volunteerStarsOf', { stars: points.volunteerStars })} />
              </div>
            </Col>
          </Row>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('memberPoints.training')}>
              <Flex align="center" gap={8} style={{ minWidth: 220 }}>
                <span>{t('memberPoints.trainingOf', { hours: points.trainingHours, required: points.trainingRequired })}</span>
                <Progress
                  percent={Math.min(100, Math.round((100 * points.trainingHours) / Math.max(points.trainingRequired, 1)))}
                  size="small"
                  style={{ width: 100, margin: 0 }}
                  aria-label={t('memberPoints.training')}
                />
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('memberPoints.postMonths')}>{points.postMonths}</Descriptions.Item>
            <Descriptions.Item label={t('memberPoints.meetingsAttended')}>{points.meetingsAttended}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('memberPoints.ledger')}
          </Typography.Title>
          {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
          <KeyboardScrollable label={t('memberPoints.ledger')}>
            <Table<PointsEntryRowFragment>
              rowKey="id"
              columns={columns}
              locale={{ emptyText: t('memberPoints.ledgerEmpty') }}
              scroll={{ x: 900 }}
              {...table.tableProps}
            />
          </KeyboardScrollable>
          <CursorPager pager={table.pager} />
          {points.member && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              <Link to={`/members/${points.member.id}`}>{t('memberPoints.memberPage')}</Link>
            </Typography.Paragraph>
          )}
        </>
      )}
      {scope.admin && member && <AdjustDialog open={adjusting} member={member} year={year} onClose={() => setAdjusting(false)} />}
    </Card>
  );
}
