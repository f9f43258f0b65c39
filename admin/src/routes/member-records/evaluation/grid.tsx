import { CheckCircleFilled, ExclamationCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Alert, App, Card, Col, Flex, Input, Row, Select, Space, Statistic, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { isConflict, problemText, toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { EvaluationGradeFieldsFragment, EvaluationGradeValue, EvaluationRowFieldsFragment } from '../../../gql/graphql';
import { useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import { enumLabel } from '../../../i18n/enums';
import Forbidden from '../../../layout/Forbidden';
import { toParams } from '../../lists/params';
import { YearSelect, yearFromParams } from '../../lists/year';
import { EVALUATION_GRADES, gradeAllowed, recordLabel } from '../enums';
import { UnitScope, useRecordsScope } from '../scope';
import { SetEvaluationGradeMutation } from './fragments';
import { ReasonDialog, type ReasonRequest } from './ReasonDialog';

const EvaluationGridQuery = graphql(`
  query EvaluationGrid($unitId: ID!, $year: Int!, $first: Int!, $after: String) {
    evaluationGrid(unitId: $unitId, year: $year, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EvaluationRowFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const UnitEvaluationQuery = graphql(`
  query UnitEvaluation($unitId: ID!, $year: Int!) {
    unitEvaluation(unitId: $unitId, year: $year) {
      unitId
      year
      members
      graded
      byGrade {
        grade
        count
      }
      excellentShare
    }
  }
`);

const REFRESH_ON = ['EvaluationGrade'];
/** The summary refreshes after each grade (a stable object: urql compares contexts by identity). */
const SUMMARY_CONTEXT = { additionalTypenames: REFRESH_ON };
/** A unit's grid fills in one go: 50 members a page. */
const GRID_PAGE = 50;

type SaveState = 'saving' | 'saved' | 'failed';

/** The newer of two reads of a grade (the grid's, the last save's). */
const newer = (a: EvaluationGradeFieldsFragment | null | undefined, b: EvaluationGradeFieldsFragment | null | undefined) =>
  !a ? (b ?? null) : !b ? a : a.version >= b.version ? a : b;

/** A share (0–1) as a percentage with one decimal. */
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * /member-records/evaluation (民主评议): a unit's members of a year, each graded in place — a grade saves as soon as it
 * is chosen (with the version read), 不合格 asks for its reason first, grades above a row's cap are disabled and say
 * why — with the comment beside it and what the member's community fed back. The counts and the 优秀 share above.
 */
export default function EvaluationGridPage() {
  const t = useT();
  const { message } = App.useApp();
  const scope = useRecordsScope();
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const picked = params.get('unit');
  const unitId = scope.unitOf(picked);
  const [pageSize, setPageSize] = useState<number>(GRID_PAGE);
  const setFilter = (patch: { unit?: string | null; year?: number }) =>
    setParams(toParams({ unit: picked, year, ...patch }, 20), { replace: true });

  const table = useConnectionTable({
    query: EvaluationGridQuery,
    variables: ({ first, after }) => ({ unitId: unitId ?? '', year, first, after }),
    connection: (data) => data.evaluationGrid,
    resetKey: `${unitId}|${year}`,
    pageSize,
    onPageSizeChange: setPageSize,
    additionalTypenames: REFRESH_ON,
    pause: !unitId,
  });
  const [{ data: summary }] = useQuery({
    query: UnitEvaluationQuery,
    variables: { unitId: unitId ?? '', year },
    pause: !unitId,
    context: SUMMARY_CONTEXT,
  });
  const [, setGrade] = useMutation(SetEvaluationGradeMutation);

  /** The last save of each member's grade (kept while the grid reloads), its state, and unsaved comments. */
  const [saved, setSaved] = useState<Record<string, EvaluationGradeFieldsFragment>>({});
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState<ReasonRequest | null>(null);
  useEffect(() => {
    setSaved({});
    setStates({});
    setComments({});
  }, [unitId, year]);

  const gradeOf = useCallback((row: EvaluationRowFieldsFragment) => newer(row.grade, saved[row.member.id]), [saved]);
  const commentOf = (row: EvaluationRowFieldsFragment) => comments[row.member.id] ?? gradeOf(row)?.comment ?? '';

  const keep = (grade: EvaluationGradeFieldsFragment) => {
    setSaved((before) => ({ ...before, [grade.memberId]: grade }));
    setStates((before) => ({ ...before, [grade.memberId]: 'saved' }));
    setComments((before) => {
      const { [grade.memberId]: _, ...rest } = before;
      return rest;
    });
  };

  async function save(row: EvaluationRowFieldsFragment, grade: EvaluationGradeValue, comment: string) {
    const current = gradeOf(row);
    if (grade === 'UNQUALIFIED' && !current?.reason) {
      setAsking({ member: row.member, year, comment: comment.trim() || null, version: current?.version ?? 0, reason: current?.reason ?? null });
      return;
    }
    const memberId = row.member.id;
    setStates((before) => ({ ...before, [memberId]: 'saving' }));
    const input = {
      memberId,
      year,
      grade,
      comment: comment.trim() || null,
      reason: grade === 'UNQUALIFIED' ? (current?.reason ?? null) : null,
      version: current?.version ?? 0,
    };
    const result = await setGrade({ input }, { additionalTypenames: REFRESH_ON });
    if (result.error) {
      setStates((before) => ({ ...before, [memberId]: 'failed' }));
      const problem = toProblem(result.error);
      void message.error(t('grading.saveFailed', { name: row.member.name, problem: problemText(problem, t) }));
      if (isConflict(problem)) table.refresh();
      return;
    }
    keep(result.data!.setEvaluationGrade);
  }

  if (table.error && toProblem(table.error).code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const none = t('common.none');
  const columns: TableColumnsType<EvaluationRowFieldsFragment> = [
    {
      title: t('records.member'),
      key: 'member',
      fixed: 'left',
      width: 130,
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Link to={`/member-records/points?member=${row.member.id}&year=${year}`}>{row.member.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(enumLabel.memberCategory(row.member.category))}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('grading.grade'),
      key: 'grade',
      width: 230,
      render: (_, row) => {
        const grade = gradeOf(row);
        const state = states[row.member.id];
        return (
          <Flex align="center" gap={6}>
            <Select<EvaluationGradeValue | null>
              aria-label={t('grading.gradeOf', { name: row.member.name })}
              data-testid={`grade-${row.member.id}`}
              placeholder={t('grading.gradePlaceholder')}
              // null, not undefined: a grade not saved (a 不合格 whose reason was not given) must not stay shown
              value={grade?.grade ?? null}
              disabled={state === 'saving'}
              onChange={(value) => value && save(row, value, commentOf(row))}
              options={EVALUATION_GRADES.map((value) => ({
                value,
                label: t(recordLabel.grade(value)),
                disabled: !gradeAllowed(value, row.maxGrade),
                title: gradeAllowed(value, row.maxGrade) ? undefined : (row.capReason ?? undefined),
              }))}
              style={{ width: 120, flex: 'none' }}
            />
            {state === 'saving' && <LoadingOutlined aria-label={t('grading.saving')} />}
            {state === 'saved' && <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('grading.saved')} />}
            {state === 'failed' && <ExclamationCircleFilled style={{ color: '#cf1322' }} aria-label={t('grading.failed')} />}
            {row.maxGrade !== 'EXCELLENT' && (
              <Tooltip title={row.capReason ?? t('grading.capped', { grade: t(recordLabel.grade(row.maxGrade)) })}>
                <Tag color="orange" tabIndex={0} style={{ marginInlineEnd: 0 }} data-testid="grade-cap">
                  {t('grading.capTag', { grade: t(recordLabel.grade(row.maxGrade)) })}
                </Tag>
              </Tooltip>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('grading.comment'),
      key: 'comment',
      width: 240,
      render: (_, row) => {
        const grade = gradeOf(row);
        const value = commentOf(row);
        const commit = () => {
          if (grade && value.trim() !== (grade.comment ?? '')) void save(row, grade.grade, value);
        };
        return (
          <Space direction="vertical" size={0} style={{ width: '100%' }}>
            <Input
              aria-label={t('grading.commentOf', { name: row.member.name })}
              placeholder={grade ? t('grading.commentPlaceholder') : t('grading.commentAfterGrade')}
              disabled={!grade}
              maxLength={200}
              value={value}
              onChange={(e) => setComments((before) => ({ ...before, [row.member.id]: e.target.value }))}
              onBlur={commit}
              onPressEnter={commit}
            />
            {grade?.grade === 'UNQUALIFIED' && grade.reason && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('grading.reasonShown', { reason: grade.reason })}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    {
      title: t('grading.feedback'),
      key: 'feedback',
      render: (_, row) => (
        <Space direction="vertical" size={0} data-testid="grade-feedback">
          <span>
            {row.communityReport?.community
              ? t('grading.reportedTo', { community: row.communityReport.community.name })
              : t('grading.notReported')}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('grading.feedbackFigures', { hours: row.serviceHours, posts: row.postsHeld })}
          </Typography.Text>
        </Space>
      ),
    },
  ];

  const figures = summary?.unitEvaluation;
  const countOf = (grade: EvaluationGradeValue) => figures?.byGrade.find((g) => g.grade === grade)?.count ?? 0;

  return (
    <Card title={t('grading.title')}>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <UnitScope label={t('grading.unit')} value={picked} onChange={(unit) => setFilter({ unit })} width={280} />
        <YearSelect value={year} onChange={(next) => setFilter({ year: next })} />
      </Flex>
      {!unitId ? (
        <Alert type="info" showIcon title={t('grading.pickUnit')} />
      ) : (
        <>
          {figures && (
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="grading-summary">
              <Col xs={12} md={4}>
                <Statistic title={t('grading.members')} value={figures.members} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title={t('grading.graded')} value={figures.graded} suffix={`/ ${figures.members}`} />
              </Col>
              {EVALUATION_GRADES.map((grade) => (
                <Col xs={6} md={3} key={grade}>
                  <Statistic title={t(recordLabel.grade(grade))} value={countOf(grade)} valueStyle={{ fontSize: 20 }} />
                </Col>
              ))}
              <Col xs={12} md={4}>
                <div data-testid="excellent-share">
                  <Statistic
                    title={t('grading.excellentShare')}
                    value={figures.excellentShare == null ? none : percent(figures.excellentShare)}
                  />
                </div>
              </Col>
            </Row>
          )}
          <Typography.Paragraph type="secondary">{t('grading.hint')}</Typography.Paragraph>
          {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
          <KeyboardScrollable label={t('grading.title')}>
            <Table<EvaluationRowFieldsFragment>
              rowKey={(row) => row.member.id}
              columns={columns}
              locale={{ emptyText: t('grading.empty') }}
              scroll={{ x: 900 }}
              {...table.tableProps}
              // A reload after each save must not cover the grid (it would swallow the next click).
              loading={table.tableProps.loading && !table.data}
            />
          </KeyboardScrollable>
          <CursorPager pager={table.pager} />
        </>
      )}
      <ReasonDialog
        request={asking}
        onSaved={(grade) => {
          keep(grade);
          setAsking(null);
        }}
        onCancel={() => setAsking(null)}
      />
    </Card>
  );
}
