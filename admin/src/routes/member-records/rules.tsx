import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Divider, Flex, Form, InputNumber, Progress, Row, Skeleton, Space, Switch, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, useMutation, useQuery, type OperationResult } from 'urql';
import { formatDateTime } from '../../api/dates';
import { leftToShow, problemText, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { EngagementRulesFieldsFragment, RecomputePointsMutation } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT, type MessageKey } from '../../i18n';
import { YearSelect, yearFromParams } from '../lists/year';

graphql(`
  fragment EngagementRulesFields on EngagementRules {
    year
    pointsPerServiceHour
    pointsPerMeeting
    pointsPerPostMonth
    pointsPerTrainingHour
    starPoints
    volunteerStarHours
    capGradeWithoutReport
    version
    updatedAt
    updatedBy
  }
`);

const EngagementRulesQuery = graphql(`
  query EngagementRules($year: Int!) {
    engagementRules(year: $year) {
      ...EngagementRulesFields
    }
  }
`);

const SetEngagementRulesMutation = graphql(`
  mutation SetEngagementRules($input: SetEngagementRulesInput!) {
    setEngagementRules(input: $input) {
      ...EngagementRulesFields
    }
  }
`);

const RecomputePoints = graphql(`
  mutation RecomputePoints($year: Int!, $after: String) {
    recomputePoints(year: $year, after: $after) {
      year
      rulesVersion
      processed
      corrected
      done
      after
    }
  }
`);

type RateField = 'pointsPerServiceHour' | 'pointsPerMeeting' | 'pointsPerPostMonth' | 'pointsPerTrainingHour';
const RATES: readonly { name: RateField; label: MessageKey; unit: MessageKey }[] = [
  { name: 'pointsPerServiceHour', label: 'pointsRules.perServiceHour', unit: 'pointsRules.perHour' },
  { name: 'pointsPerMeeting', label: 'pointsRules.perMeeting', unit: 'pointsRules.perTime' },
  { name: 'pointsPerPostMonth', label: 'pointsRules.perPostMonth', unit: 'pointsRules.perMonth' },
  { name: 'pointsPerTrainingHour', label: 'pointsRules.perTrainingHour', unit: 'pointsRules.perHour' },
];
const STARS = [0, 1, 2, 3, 4] as const;

interface Values {
  pointsPerServiceHour?: number;
  pointsPerMeeting?: number;
  pointsPerPostMonth?: number;
  pointsPerTrainingHour?: number;
  starPoints?: number[];
  volunteerStarHours?: number[];
  capGradeWithoutReport?: boolean;
}

const toValues = (rules: EngagementRulesFieldsFragment): Values => ({
  pointsPerServiceHour: rules.pointsPerServiceHour,
  pointsPerMeeting: rules.pointsPerMeeting,
  pointsPerPostMonth: rules.pointsPerPostMonth,
  pointsPerTrainingHour: rules.pointsPerTrainingHour,
  starPoints: [...rules.starPoints],
  volunteerStarHours: [...rules.volunteerStarHours],
  capGradeWithoutReport: rules.capGradeWithoutReport,
});

interface Recompute {
  running: boolean;
  done: boolean;
  steps: number;
  processed: number;
  corrected: number;
  problem: ApiProblem | null;
}
const IDLE: Recompute = { running: false, done: false, steps: 0, processed: 0, corrected: 0, problem: null };

/**
 * /member-records/rules (积分规则, the secretariat): a year's rates, star thresholds, volunteer star hours and the
 * 未报到 cap, saved with the version read. Points already credited move to new rules only by 重新计算积分, which
 * walks the members a page per call until the API says done.
 */
export default function EngagementRulesPage() {
  const t = useT();
  const { message } = App.useApp();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const [{ data, fetching, error }, reload] = useQuery({ query: EngagementRulesQuery, variables: { year } });
  const rules = data?.engagementRules;
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching: saving }, save] = useMutation(SetEngagementRulesMutation);
  const [savedNow, setSavedNow] = useState(false);
  const [recompute, setRecompute] = useState<Recompute>(IDLE);
  const stopped = useRef(false);

  // The form follows the year's rules as read (a new year, a save, a reload).
  const loadedKey = rules ? `${rules.year}.${rules.version}` : '';
  useEffect(() => {
    if (rules) form.setFieldsValue(toValues(rules));
    // Dependencies: the rules' year and version say when they changed
  }, [loadedKey, form]);
  useEffect(() => {
    setSavedNow(false);
    setRecompute(IDLE);
  }, [year]);
  useEffect(() => () => void (stopped.current = true), []);

  if (!rules && fetching) return <Skeleton active />;
  if (!rules) return <ProblemAlert problem={error ? toProblem(error) : null} onRetry={() => reload({ requestPolicy: 'network-only' })} />;

  async function submit(values: Values) {
    if (!rules) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await save({ input: { year, version: rules.version, ...values } }, { additionalTypenames: ['EngagementRules'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('pointsRules.saved', { year }));
    setSavedNow(true);
    setRecompute(IDLE);
  }

  async function runRecompute() {
    stopped.current = false;
    let state: Recompute = { ...IDLE, running: true };
    setRecompute(state);
    let after: string | null = null;
    for (;;) {
      const result: OperationResult<RecomputePointsMutation> = await client
        .mutation(RecomputePoints, { year, after }, { additionalTypenames: ['PointsEntry', 'MemberPoints'] })
        .toPromise();
      if (stopped.current) return;
      if (result.error || !result.data) {
        setRecompute({ ...state, running: false, problem: result.error ? toProblem(result.error) : null });
        if (result.error) void message.error(problemText(toProblem(result.error), t));
        return;
      }
      const step = result.data.recomputePoints;
      state = { ...state, steps: state.steps + 1, processed: state.processed + step.processed, corrected: state.corrected + step.corrected };
      if (step.done || !step.after) {
        setRecompute({ ...state, running: false, done: true });
        void message.success(t('pointsRules.recomputeDone', { processed: state.processed, corrected: state.corrected }));
        return;
      }
      setRecompute(state);
      after = step.after;
    }
  }

  /** Unknown total (the API pages through the members): each step closes half the remaining gap. */
  const percent = recompute.done ? 100 : Math.round(100 * (1 - 0.5 ** recompute.steps) * 0.95);

  return (
    <Card
      title={t('pointsRules.title')}
      extra={<YearSelect value={year} onChange={(next) => setParams({ year: String(next) }, { replace: true })} />}
    >
      <Typography.Paragraph type="secondary">
        {rules.version === 0
          ? t('pointsRules.defaults', { year })
          : t('pointsRules.savedBy', { version: rules.version, at: rules.updatedAt ? formatDateTime(rules.updatedAt) : '', by: rules.updatedBy ?? '' })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="engagementRules"
        layout="vertical"
        initialValues={toValues(rules)}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        disabled={saving || recompute.running}
      >
        <ProblemAlert problem={leftToShow(problem)} onReload={() => (setProblem(null), reload({ requestPolicy: 'network-only' }))} />
        <Typography.Title level={5}>{t('pointsRules.rates')}</Typography.Title>
        <Row gutter={16}>
          {RATES.map((rate) => (
            <Col xs={12} md={6} key={rate.name}>
              <Form.Item name={rate.name} label={t(rate.label)} rules={[{ required: true, message: t('pointsRules.rateRequired') }]}>
                <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} suffix={t(rate.unit)} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Title level={5}>{t('pointsRules.starPoints')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('pointsRules.starPointsHint')}</Typography.Paragraph>
        <ThresholdRow name="starPoints" labelOf={(star) => t('pointsRules.starN', { star })} max={10000} />
        <Typography.Title level={5}>{t('pointsRules.volunteerStarHours')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('pointsRules.volunteerStarHoursHint')}</Typography.Paragraph>
        <ThresholdRow name="volunteerStarHours" labelOf={(star) => t('pointsRules.volunteerStarN', { star })} max={100000} />
        <Form.Item
          name="capGradeWithoutReport"
          label={t('pointsRules.capGradeWithoutReport')}
          valuePropName="checked"
          extra={t('pointsRules.capGradeWithoutReportHint')}
        >
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
      {rules.version > 0 && (
        <>
          <Divider />
          <Typography.Title level={5}>{t('pointsRules.recomputeTitle')}</Typography.Title>
          {savedNow && !recompute.done && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('pointsRules.recomputeNeeded')} />}
          <Typography.Paragraph type="secondary">{t('pointsRules.recomputeHint', { year })}</Typography.Paragraph>
          <Flex vertical gap={8} style={{ maxWidth: 560 }}>
            <Space>
              <Button icon={<CalculatorOutlined />} loading={recompute.running} onClick={runRecompute} disabled={saving}>
                {t('pointsRules.recompute')}
              </Button>
            </Space>
            {(recompute.running || recompute.done || recompute.problem) && (
              <>
                <Progress
                  percent={percent}
                  status={recompute.problem ? 'exception' : recompute.done ? 'success' : 'active'}
                  aria-label={t('pointsRules.recomputeProgress')}
                />
                <Typography.Text aria-live="polite" data-testid="recompute-status">
                  {t(recompute.done ? 'pointsRules.recomputeFinished' : 'pointsRules.recomputeRunning', {
                    processed: recompute.processed,
                    corrected: recompute.corrected,
                  })}
                </Typography.Text>
              </>
            )}
          </Flex>
        </>
      )}
    </Card>
  );
}

/** Five ascending thresholds (1–5 stars), each its own field (`starPoints.2`), checked against its neighbours. */
function ThresholdRow({ name, labelOf, max }: { name: 'starPoints' | 'volunteerStarHours'; labelOf: (star: number) => string; max: number }) {
  const t = useT();
  return (
    <Row gutter={12}>
      {STARS.map((i) => (
        <Col xs={12} sm={8} md={4} key={i}>
          <Form.Item
            name={[name, i]}
            label={labelOf(i + 1)}
            dependencies={i > 0 ? [[name, i - 1]] : []}
            rules={[
              { required: true, message: t('pointsRules.thresholdRequired') },
              ({ getFieldValue }) => ({
                validator: async (_, value?: number | null) => {
                  const before = i > 0 ? (getFieldValue([name, i - 1]) as number | null | undefined) : null;
                  if (value != null && before != null && value <= before) throw new Error(t('pointsRules.ascending'));
                },
              }),
            ]}
          >
            <InputNumber min={0} max={max} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
