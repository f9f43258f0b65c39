import { AutoComplete, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { fromApiDate, toApiDate } from '../../../api/dates';
import type { ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { CreateResourceInput, ResourceFieldsFragment, ResourceType, UpdateResourceInput } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { QUANTITY_UNITS, RESOURCE_TYPES, listLabel } from '../enums';
import { UnitOptionPicker, type PickedUnit } from '../UnitOptionPicker';
import { yearOptions } from '../year';

graphql(`
  fragment ResourceFields on Resource {
    id
    year
    unitId
    unit {
      id
      name
    }
    type
    title
    description
    quantity
    quantityUnit
    quantityLeft
    availableFrom
    availableUntil
    contactName
    contactPhone
    status
    version
  }
`);

/** The form's values: names are the input's, so the server's `extensions.field` lands at its field. */
export interface ResourceFormValues {
  year?: number;
  unitId?: string | null;
  type?: ResourceType;
  title?: string;
  description?: string;
  quantity?: number | null;
  quantityUnit?: string;
  availableFrom?: Dayjs | null;
  availableUntil?: Dayjs | null;
  contactName?: string;
  contactPhone?: string;
}

const text = (value: string | undefined | null): string | null => value?.trim() || null;
const date = (value: Dayjs | null | undefined): string | null => (value ? toApiDate(value) : null);

type Editable = Omit<UpdateResourceInput, 'id' | 'version'>;

function editable(values: ResourceFormValues): Editable {
  return {
    type: values.type,
    title: text(values.title) ?? '',
    description: text(values.description),
    quantity: values.quantity ?? undefined,
    quantityUnit: text(values.quantityUnit) ?? '',
    availableFrom: date(values.availableFrom),
    availableUntil: date(values.availableUntil),
    contactName: text(values.contactName),
    contactPhone: text(values.contactPhone),
  };
}

export function toCreateResourceInput(values: ResourceFormValues): CreateResourceInput {
  return {
    ...editable(values),
    year: values.year!,
    unitId: values.unitId ?? '',
    type: values.type!,
    title: text(values.title) ?? '',
    quantity: values.quantity ?? 0,
    quantityUnit: text(values.quantityUnit) ?? '',
  };
}

export function changedResourceFields(saved: ResourceFormValues, current: ResourceFormValues): Partial<Editable> {
  const before = editable(saved);
  const after = editable(current);
  const changes: Partial<Editable> = {};
  for (const key of Object.keys(after) as (keyof Editable)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) (changes as Record<string, unknown>)[key] = after[key];
  }
  return changes;
}

export function fromResource(resource: ResourceFieldsFragment): ResourceFormValues {
  return {
    year: resource.year,
    unitId: resource.unitId,
    type: resource.type,
    title: resource.title,
    description: resource.description ?? '',
    quantity: resource.quantity,
    quantityUnit: resource.quantityUnit,
    availableFrom: resource.availableFrom ? fromApiDate(resource.availableFrom) : null,
    availableUntil: resource.availableUntil ? fromApiDate(resource.availableUntil) : null,
    contactName: resource.contactName ?? '',
    contactPhone: resource.contactPhone ?? '',
  };
}

interface Props {
  form: FormInstance<ResourceFormValues>;
  initialValues: ResourceFormValues;
  creating?: boolean;
  /** A liaison offers its own unit's resources: shown, not chosen. */
  fixedUnit?: PickedUnit | null;
  unit?: PickedUnit | null;
  /** Editing: what projects already took (the quantity may not drop below it). */
  taken?: number;
  submitting: boolean;
  problem: ApiProblem | null;
  onSubmit: (values: ResourceFormValues) => void;
  onCancel: () => void;
  onReload?: () => void;
  onValuesChange?: (changed: Partial<ResourceFormValues>) => void;
}

/** The resource form shared by create and edit. */
export function ResourceForm({ form, initialValues, creating, fixedUnit, unit, taken = 0, submitting, problem, onSubmit, onCancel, onReload, onValuesChange }: Props) {
  const t = useT();
  return (
    <Form<ResourceFormValues>
      form={form}
      name="resource"
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
          <Form.Item name="title" label={t('resource.title')} rules={[{ required: true, whitespace: true, message: t('resourceForm.titleRequired') }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="year" label={t('lists.year')} rules={[{ required: true }]}>
            <Select disabled={!creating} options={yearOptions(initialValues.year ?? 0).map((year) => ({ value: year, label: t('lists.yearOption', { year }) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {creating && !fixedUnit ? (
            <Form.Item name="unitId" label={t('resource.unit')} rules={[{ required: true, message: t('resourceForm.unitRequired') }]}>
              <UnitOptionPicker initial={unit} placeholder={t('resourceForm.unitPlaceholder')} />
            </Form.Item>
          ) : (
            <Form.Item label={t('resource.unit')}>
              <Typography.Text data-testid="resource-unit">{(fixedUnit ?? unit)?.name ?? t('common.none')}</Typography.Text>
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="type" label={t('resource.type')} rules={[{ required: true, message: t('resourceForm.typeRequired') }]}>
            <Select options={RESOURCE_TYPES.map((value) => ({ value, label: t(listLabel.resourceType(value)) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="quantity"
            label={t('resource.quantity')}
            extra={taken > 0 ? t('resourceForm.takenHint', { taken }) : undefined}
            rules={[
              { required: true, message: t('resourceForm.quantityRequired') },
              {
                validator: async (_, value?: number | null) => {
                  if (value != null && value < taken) throw new Error(t('resourceForm.belowTaken', { taken }));
                },
              },
            ]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="quantityUnit" label={t('resource.quantityUnit')} rules={[{ required: true, whitespace: true, message: t('resourceForm.unitOfQuantityRequired') }]}>
            <AutoComplete options={QUANTITY_UNITS.map((value) => ({ value }))} maxLength={10} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="availableFrom" label={t('resource.availableFrom')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="availableUntil"
            label={t('resource.availableUntil')}
            dependencies={['availableFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, until?: Dayjs | null) => {
                  const from = getFieldValue('availableFrom') as Dayjs | null | undefined;
                  if (from && until && until.isBefore(from, 'day')) throw new Error(t('lists.untilAfterFrom'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactName" label={t('resource.contactName')}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactPhone" label={t('resource.contactPhone')}>
            <Input maxLength={20} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label={t('resource.description')}>
            <Input.TextArea rows={3} maxLength={2000} />
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
