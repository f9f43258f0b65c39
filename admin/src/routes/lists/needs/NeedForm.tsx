import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { fromApiDate, toApiDate } from '../../../api/dates';
import type { ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { CreateNeedInput, NeedFieldsFragment, NeedSource, NeedUrgency, UpdateNeedInput } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { NEED_SOURCES, NEED_URGENCIES, listLabel } from '../enums';
import { UnitOptionPicker, type PickedUnit } from '../UnitOptionPicker';
import { yearOptions } from '../year';
import { NeedCategoriesQuery } from './fragments';

/** The form's values: names are the input's, so the server's `extensions.field` lands at its field. */
export interface NeedFormValues {
  year?: number;
  title?: string;
  description?: string;
  category?: string;
  urgency?: NeedUrgency;
  source?: NeedSource;
  raisedBy?: string;
  communityUnitId?: string | null;
  wantedFrom?: Dayjs | null;
  wantedUntil?: Dayjs | null;
}

const text = (value: string | undefined | null): string | null => value?.trim() || null;
const date = (value: Dayjs | null | undefined): string | null => (value ? toApiDate(value) : null);

export function toCreateNeedInput(values: NeedFormValues): CreateNeedInput {
  return {
    year: values.year!,
    communityUnitId: values.communityUnitId ?? '',
    ...editable(values),
    title: text(values.title) ?? '',
    category: values.category ?? '',
    source: values.source!,
  };
}

type Editable = Omit<UpdateNeedInput, 'id' | 'version'>;

function editable(values: NeedFormValues): Editable {
  return {
    title: text(values.title) ?? '',
    description: text(values.description),
    category: values.category,
    urgency: values.urgency,
    source: values.source,
    raisedBy: text(values.raisedBy),
    wantedFrom: date(values.wantedFrom),
    wantedUntil: date(values.wantedUntil),
  };
}

/** Only what changed, for updateNeed ("omitted fields stay"). */
export function changedNeedFields(saved: NeedFormValues, current: NeedFormValues): Partial<Editable> {
  const before = editable(saved);
  const after = editable(current);
  const changes: Partial<Editable> = {};
  for (const key of Object.keys(after) as (keyof Editable)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) (changes as Record<string, unknown>)[key] = after[key];
  }
  return changes;
}

export function fromNeed(need: NeedFieldsFragment): NeedFormValues {
  return {
    year: need.year,
    title: need.title,
    description: need.description ?? '',
    category: need.category,
    urgency: need.urgency,
    source: need.source,
    raisedBy: need.raisedBy ?? '',
    communityUnitId: need.communityUnitId,
    wantedFrom: need.wantedFrom ? fromApiDate(need.wantedFrom) : null,
    wantedUntil: need.wantedUntil ? fromApiDate(need.wantedUntil) : null,
  };
}

interface Props {
  form: FormInstance<NeedFormValues>;
  initialValues: NeedFormValues;
  /** Creating: the year and the community are chosen here (they stay afterwards). */
  creating?: boolean;
  /** A liaison files for its own community: shown, not chosen. */
  fixedCommunity?: PickedUnit | null;
  community?: PickedUnit | null;
  submitting: boolean;
  problem: ApiProblem | null;
  onSubmit: (values: NeedFormValues) => void;
  onCancel: () => void;
  onReload?: () => void;
  onValuesChange?: (changed: Partial<NeedFormValues>) => void;
}

/** The need form shared by create and edit (an edit is possible while the need is 已征集). */
export function NeedForm({ form, initialValues, creating, fixedCommunity, community, submitting, problem, onSubmit, onCancel, onReload, onValuesChange }: Props) {
  const t = useT();
  const [{ data: categories }] = useQuery({ query: NeedCategoriesQuery });
  return (
    <Form<NeedFormValues>
      form={form}
      name="need"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
      onValuesChange={onValuesChange}
    >
      <ProblemAlert problem={problem} onReload={onReload} />
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={t('need.title')} rules={[{ required: true, whitespace: true, message: t('needForm.titleRequired') }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="year" label={t('lists.year')} rules={[{ required: true }]}>
            <Select disabled={!creating} options={yearOptions(initialValues.year ?? 0).map((year) => ({ value: year, label: t('lists.yearOption', { year }) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="category" label={t('need.category')} rules={[{ required: true, message: t('needForm.categoryRequired') }]}>
            <Select options={(categories?.needCategories ?? []).map((value) => ({ value, label: value }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="urgency" label={t('need.urgency')} rules={[{ required: true }]}>
            <Select options={NEED_URGENCIES.map((value) => ({ value, label: t(listLabel.needUrgency(value)) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="source" label={t('need.source')} rules={[{ required: true, message: t('needForm.sourceRequired') }]}>
            <Select options={NEED_SOURCES.map((value) => ({ value, label: t(listLabel.needSource(value)) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {creating && !fixedCommunity ? (
            <Form.Item name="communityUnitId" label={t('need.communityUnit')} rules={[{ required: true, message: t('needForm.communityRequired') }]}>
              <UnitOptionPicker communitiesOnly initial={community} placeholder={t('picker.communityPlaceholder')} />
            </Form.Item>
          ) : (
            <Form.Item label={t('need.communityUnit')}>
              <Typography.Text data-testid="need-community">{(fixedCommunity ?? community)?.name ?? t('common.none')}</Typography.Text>
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="raisedBy" label={t('need.raisedBy')} extra={t('needForm.raisedByHint')}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="wantedFrom" label={t('need.wantedFrom')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="wantedUntil"
            label={t('need.wantedUntil')}
            dependencies={['wantedFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, until?: Dayjs | null) => {
                  const from = getFieldValue('wantedFrom') as Dayjs | null | undefined;
                  if (from && until && until.isBefore(from, 'day')) throw new Error(t('lists.untilAfterFrom'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label={t('need.description')}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('common.save')}
        </Button>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
