import { Button, Card, Col, Form, Input, Row, Select, Space, type FormInstance, type FormRule } from 'antd';
import type { ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker, type UnitOption } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import { useT, type MessageKey } from '../../i18n';
import { ALLIANCE_ROLES, HOST_KINDS, ORG_LEVELS, enumLabel } from '../../i18n/enums';
import { EMPTY_UNIT_FORM, PEOPLE, type UnitFormValues } from './form-values';

graphql(`
  fragment UnitPersonFields on UnitPerson {
    name
    title
    phone
  }
`);

graphql(`
  fragment UnitFormFields on Unit {
    id
    name
    shortName
    hostKind
    level
    allianceRole
    parentId
    parent {
      id
      name
    }
    address
    grid
    leader {
      ...UnitPersonFields
    }
    representative {
      ...UnitPersonFields
    }
    liaison {
      ...UnitPersonFields
    }
    partTimeCommitteeMember {
      ...UnitPersonFields
    }
    lockedFields
    version
  }
`);

export const NAME_MAX = 100;

interface UnitFormProps {
  form: FormInstance<UnitFormValues>;
  initialValues?: UnitFormValues;
  /** The unit being edited (cannot be its own parent). */
  unitId?: string;
  parent?: UnitOption | null;
  submitting: boolean;
  problem: ApiProblem | null;
  onSubmit: (values: UnitFormValues) => void;
  onCancel: () => void;
  /** Offered with a CONFLICT: read the record again. */
  onReload?: () => void;
  /** Fields shown but not editable by this viewer: the unit's `lockedFields`, as the API decides them. */
  lockedFields?: readonly string[];
  /** Called on every change with the changed values (the page clears the server's error of a changed field). */
  onValuesChange?: (changed: Partial<UnitFormValues>) => void;
  /** Shown above the form (e.g. that a draft was restored). */
  notice?: React.ReactNode;
}

/** The unit profile form shared by create and edit: validates before anything is sent. */
export function UnitForm({
  form,
  initialValues,
  unitId,
  parent,
  submitting,
  problem,
  onSubmit,
  onCancel,
  onReload,
  lockedFields,
  onValuesChange,
  notice,
}: UnitFormProps) {
  const t = useT();
  /** A locked field: disabled with a hint (undefined otherwise, so the form's own disabled state still applies). */
  const isLocked = (name: string) => lockedFields?.includes(name) === true;
  const locked = (name: string) => (isLocked(name) ? { disabled: true } : {});
  const lockedHint = (name: string, extra?: string) => (isLocked(name) ? t('auth.adminOnlyField') : extra);
  const options = <T extends string>(values: readonly T[], label: (v: T) => MessageKey) =>
    values.map((value) => ({ value, label: t(label(value)) }));

  const personNameRule = (role: (typeof PEOPLE)[number]): FormRule => ({
    validator: async (_, name?: string) => {
      const title = form.getFieldValue([role, 'title']) as string | undefined;
      const phone = form.getFieldValue([role, 'phone']) as string | undefined;
      if (!name?.trim() && (title?.trim() || phone?.trim())) throw new Error(t('unitForm.personNameRequired'));
    },
  });

  return (
    <Form<UnitFormValues>
      form={form}
      name="unit"
      layout="vertical"
      initialValues={initialValues ?? EMPTY_UNIT_FORM}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
      onValuesChange={onValuesChange}
    >
      {notice}
      <ProblemAlert problem={problem} onReload={onReload} />
      <Card title={t('unit.basics')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('unit.name')}
              extra={lockedHint('name')}
              rules={[
                { required: true, whitespace: true, message: t('unitForm.nameRequired') },
                { max: NAME_MAX, message: t('unitForm.nameTooLong') },
              ]}
            >
              <Input count={{ show: true, max: NAME_MAX }} {...locked('name')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="shortName" label={t('unit.shortName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="hostKind"
              label={t('unit.hostKind')}
              extra={lockedHint('hostKind')}
              rules={[{ required: true, message: t('unitForm.hostKindRequired') }]}
            >
              <Select options={options(HOST_KINDS, enumLabel.hostKind)} {...locked('hostKind')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="level"
              label={t('unit.level')}
              extra={lockedHint('level')}
              rules={[{ required: true, message: t('unitForm.levelRequired') }]}
            >
              <Select options={options(ORG_LEVELS, enumLabel.level)} {...locked('level')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="allianceRole"
              label={t('unit.allianceRole')}
              extra={lockedHint('allianceRole')}
              rules={[{ required: true, message: t('unitForm.roleRequired') }]}
            >
              <Select options={options(ALLIANCE_ROLES, enumLabel.allianceRole)} {...locked('allianceRole')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="parentId" label={t('unit.parent')} extra={lockedHint('parentId', t('unitForm.noParent'))}>
              <UnitPicker excludeId={unitId} initial={parent} placeholder={t('unitForm.parentPlaceholder')} {...locked('parentId')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="grid" label={t('unit.grid')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item name="address" label={t('unit.address')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('unit.people')} size="small" style={{ marginBottom: 16 }}>
        {PEOPLE.map((role) => (
          <Row gutter={16} key={role}>
            <Col xs={24} md={4} style={{ paddingTop: 34, fontWeight: 500 }}>
              {t(`unit.${role}`)}
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name={[role, 'name']}
                label={t('unit.person.name')}
                dependencies={[[role, 'title'], [role, 'phone']]}
                rules={[personNameRule(role)]}
              >
                <Input aria-label={`${t(`unit.${role}`)} ${t('unit.person.name')}`} />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item name={[role, 'title']} label={t('unit.person.title')}>
                <Input aria-label={`${t(`unit.${role}`)} ${t('unit.person.title')}`} />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item name={[role, 'phone']} label={t('unit.person.phone')}>
                <Input aria-label={`${t(`unit.${role}`)} ${t('unit.person.phone')}`} inputMode="tel" />
              </Form.Item>
            </Col>
          </Row>
        ))}
      </Card>

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
