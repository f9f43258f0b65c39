import { CheckOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { MatchSuggestionFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { listLabel } from '../enums';
import { NeedStatusTag } from '../StatusTags';

graphql(`
  fragment MatchSuggestion on ResourceSuggestion {
    paired
    typeFits
    resource {
      id
      title
      type
      quantity
      quantityUnit
      quantityLeft
      availableFrom
      availableUntil
      contactName
      unit {
        id
        name
      }
    }
  }
`);

const MatchPageQuery = graphql(`
  query MatchPage($id: ID!) {
    need(id: $id) {
      ...NeedFields
    }
    suggestResources(needId: $id) {
      ...MatchSuggestion
    }
  }
`);

const CreateProjectFromNeedMutation = graphql(`
  mutation CreateProjectFromNeed($input: CreateProjectFromNeedInput!) {
    createProjectFromNeed(input: $input) {
      id
      title
    }
  }
`);

/** The form's values: names are CreateProjectFromNeedInput's (`resources.0.quantity`), so server errors land in place. */
interface MatchValues {
  title?: string;
  description?: string;
  budget?: number | null;
  startsOn?: Dayjs | null;
  targetOn?: Dayjs | null;
  volunteerSlots?: number | null;
  resources?: { resourceId: string; quantity?: number | null }[];
}

/**
 * /lists/needs/:id/match (对接): the resources that fit the need (paired units' first, marked 结对); the secretariat
 * picks some with a quantity from each, fills in the project, and creates it in one step (the need becomes 已立项).
 */
export default function MatchPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MatchValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ data, error }, reexecute] = useQuery({ query: MatchPageQuery, variables: { id }, requestPolicy: 'network-only' });
  const [{ fetching }, createProject] = useMutation(CreateProjectFromNeedMutation);
  const picked: MatchValues['resources'] = Form.useWatch('resources', form) ?? [];
  const suggestions = useMemo(() => new Map((data?.suggestResources ?? []).map((s) => [s.resource.id, s])), [data]);
  const reload = () => {
    setProblem(null);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  const need = data.need;
  if (!need) return <Result status="404" title={t('needPage.notFound')} extra={<Link to="/lists/needs">{t('needs.backToList')}</Link>} />;

  const none = t('common.none');
  const isPicked = (resourceId: string) => picked.some((p) => p?.resourceId === resourceId);
  const pick = (resourceId: string) => {
    const current = form.getFieldValue('resources') ?? [];
    form.setFieldValue('resources', [...current, { resourceId, quantity: null }]);
  };

  async function submit(values: MatchValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await createProject(
      {
        input: {
          needId: id,
          // The rows' resource ids are no fields of the form (only their quantities are): read from its store
          resources: ((form.getFieldValue('resources') ?? []) as NonNullable<MatchValues['resources']>).map((r) => ({
            resourceId: r.resourceId,
            quantity: r.quantity ?? 0,
          })),
          title: values.title?.trim() ?? '',
          description: values.description?.trim() || null,
          budget: values.budget ?? null,
          startsOn: values.startsOn ? toApiDate(values.startsOn) : null,
          targetOn: values.targetOn ? toApiDate(values.targetOn) : null,
          volunteerSlots: values.volunteerSlots ?? 0,
        },
      },
      { additionalTypenames: ['Project', 'Need', 'Resource'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const project = result.data!.createProjectFromNeed;
    void message.success(t('match.created', { title: project.title }));
    navigate(`/lists/projects/${project.id}`);
  }

  const columns: TableColumnsType<MatchSuggestionFragment> = [
    {
      title: t('resource.title'),
      key: 'title',
      render: (_, s) => (
        <Space size={6} wrap>
          <span>{s.resource.title}</span>
          {s.paired && <Tag color="green">{t('match.paired')}</Tag>}
          {s.typeFits && <Tag color="blue">{t('match.typeFits')}</Tag>}
        </Space>
      ),
    },
    { title: t('resource.unit'), key: 'unit', render: (_, s) => s.resource.unit?.name ?? none },
    { title: t('resource.type'), key: 'type', width: 100, render: (_, s) => t(listLabel.resourceType(s.resource.type)) },
    {
      title: t('resource.quantityLeft'),
      key: 'left',
      width: 130,
      render: (_, s) => `${s.resource.quantityLeft} / ${s.resource.quantity} ${s.resource.quantityUnit}`,
    },
    {
      title: t('resource.available'),
      key: 'available',
      width: 200,
      render: (_, s) => (s.resource.availableFrom || s.resource.availableUntil ? `${s.resource.availableFrom ?? '…'} ~ ${s.resource.availableUntil ?? '…'}` : none),
    },
    {
      title: t('common.actions'),
      key: 'pick',
      width: 110,
      render: (_, s) =>
        isPicked(s.resource.id) ? (
          <Typography.Text type="success">
            <CheckOutlined /> {t('match.picked')}
          </Typography.Text>
        ) : (
          <Button size="small" icon={<PlusOutlined />} onClick={() => pick(s.resource.id)}>
            {t('match.pick')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to={`/lists/needs?year=${need.year}`}>{t('needs.title')}</Link> },
          { title: <Link to={`/lists/needs/${need.id}`}>{need.title}</Link> },
          { title: t('match.title') },
        ]}
      />
      <Card title={t('match.heading', { title: need.title })} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
          <Descriptions.Item label={t('need.communityUnit')}>{need.communityUnit?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('need.category')}>{need.category}</Descriptions.Item>
          <Descriptions.Item label={t('need.wanted')}>{need.wantedFrom || need.wantedUntil ? `${need.wantedFrom ?? '…'} ~ ${need.wantedUntil ?? '…'}` : none}</Descriptions.Item>
          <Descriptions.Item label={t('need.status')}>
            <NeedStatusTag status={need.status} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {need.status !== 'COLLECTED' ? (
        <Alert type="info" showIcon title={t('match.notCollected')} action={<Link to={`/lists/needs/${need.id}`}>{t('common.view')}</Link>} />
      ) : (
        <Form<MatchValues>
          form={form}
          name="match"
          layout="vertical"
          initialValues={{ title: need.title, volunteerSlots: 0, resources: [] }}
          onFinish={submit}
          scrollToFirstError={{ block: 'center' }}
          disabled={fetching}
          onValuesChange={serverErrors.onValuesChange}
        >
          <ProblemAlert problem={leftToShow(problem)} onReload={reload} />
          <Card title={t('match.suggestions')} size="small" style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('match.suggestionsHint')}</Typography.Paragraph>
            <div data-testid="suggestions">
              <KeyboardScrollable label={t('match.suggestions')}>
                <Table<MatchSuggestionFragment>
                  rowKey={(s) => s.resource.id}
                  columns={columns}
                  dataSource={data.suggestResources}
                  pagination={false}
                  size="small"
                  scroll={{ x: 900 }}
                  locale={{ emptyText: t('match.noSuggestions') }}
                />
              </KeyboardScrollable>
            </div>
          </Card>

          <Card title={t('match.pickedTitle')} size="small" style={{ marginBottom: 16 }}>
            <Form.List name="resources">
              {(items, { remove }) =>
                items.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('match.nonePicked')} />
                ) : (
                  items.map((item) => {
                    const resourceId = form.getFieldValue(['resources', item.name, 'resourceId']) as string;
                    const resource = suggestions.get(resourceId)?.resource;
                    const left = resource?.quantityLeft ?? 0;
                    return (
                      <Row key={item.key} gutter={16} align="top">
                        <Col xs={20} md={10}>
                          <Form.Item
                            name={[item.name, 'quantity']}
                            label={t('match.quantityOf', { title: resource?.title ?? resourceId })}
                            extra={t('match.leftHint', { left, unit: resource?.quantityUnit ?? '', unitName: resource?.unit?.name ?? '' })}
                            rules={[
                              { required: true, message: t('match.quantityRequired') },
                              {
                                validator: async (_, value?: number | null) => {
                                  if (value != null && value > left) throw new Error(t('lists.quantityTooLarge', { left, unit: resource?.quantityUnit ?? '' }));
                                },
                              },
                            ]}
                          >
                            <InputNumber min={1} precision={0} style={{ width: '100%' }} suffix={resource?.quantityUnit} />
                          </Form.Item>
                        </Col>
                        <Col xs={4} md={2}>
                          <Form.Item label=" " colon={false}>
                            <Button
                              type="text"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('match.unpick', { title: resource?.title ?? resourceId })}
                              title={t('match.unpick', { title: resource?.title ?? resourceId })}
                              onClick={() => remove(item.name)}
                            />
                          </Form.Item>
                        </Col>
                      </Row>
                    );
                  })
                )
              }
            </Form.List>
          </Card>

          <Card title={t('match.projectTitle')} size="small" style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} md={16}>
                <Form.Item name="title" label={t('project.title')} rules={[{ required: true, whitespace: true, message: t('match.titleRequired') }]}>
                  <Input maxLength={100} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="budget" label={t('project.budget')}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix={t('lists.yuan')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="startsOn" label={t('project.startsOn')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="targetOn"
                  label={t('project.targetOn')}
                  dependencies={['startsOn']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_, target?: Dayjs | null) => {
                        const start = getFieldValue('startsOn') as Dayjs | null | undefined;
                        if (start && target && target.isBefore(start, 'day')) throw new Error(t('match.targetAfterStart'));
                      },
                    }),
                  ]}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="volunteerSlots" label={t('project.volunteerSlots')} extra={t('match.slotsHint')}>
                  <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="description" label={t('project.description')}>
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Space>
            <Button type="primary" htmlType="submit" loading={fetching}>
              {t('match.submit')}
            </Button>
            <Button onClick={() => navigate(-1)} disabled={false}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Form>
      )}
    </>
  );
}
