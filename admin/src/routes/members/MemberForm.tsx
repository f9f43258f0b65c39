import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, type FormInstance, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { fromApiDate, isFuture, toApiDate } from '../../api/dates';
import type { ApiProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker, type UnitOption } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import { useT, type MessageKey, type Translate } from '../../i18n';
import { COMMUNITY_KINDS, GENDERS, MEMBER_CATEGORIES, MEMBER_ROLES, MEMBER_STATUSES, enumLabel } from '../../i18n/enums';
import type { MemberFormValues } from './form-values';
import { birthDateOf, genderOf, idNumberHint, normalizeIdNumber } from './id-number';

graphql(`
  fragment MemberFormFields on Member {
    id
    name
    gender
    birthDate
    idNumber
    phone
    status
    joinedOn
    category
    unitId
    unit {
      id
      name
    }
    communityId
    community {
      id
      name
    }
    roles
    note
    departure {
      on
    }
    version
  }
`);

export const NAME_MAX = 50;

interface MemberFormProps {
  form: FormInstance<MemberFormValues>;
  initialValues: MemberFormValues;
  /** Editing: the unit is shown, not changed (a transfer moves it), and the ID number may stay empty. */
  editing?: { maskedIdNumber: string };
  unit?: UnitOption | null;
  community?: UnitOption | null;
  submitting: boolean;
  problem: ApiProblem | null;
  onSubmit: (values: MemberFormValues) => void;
  onCancel: () => void;
  /** Offered with a CONFLICT: read the record again. */
  onReload?: () => void;
  onValuesChange?: (changed: Partial<MemberFormValues>) => void;
}

function hintText(t: Translate, idNumber: string, birthDate: Dayjs | null | undefined): string | null {
  const hint = idNumberHint(normalizeIdNumber(idNumber), birthDate ? toApiDate(birthDate) : null);
  switch (hint?.kind) {
    case undefined:
      return null;
    case 'length':
      return t('memberForm.idNumberLength', { count: hint.count });
    case 'characters':
      return t('memberForm.idNumberCharacters');
    case 'checkDigit':
      return t('memberForm.idNumberCheckDigit', { expected: hint.expected });
    case 'birthDate':
      return t('memberForm.idNumberBirthDate', { date: hint.date });
  }
}

/**
 * The member form shared by create and edit. The ID number gets a hint while typed (length, check
 * character, birth date) that does not stop the save: the API's verdict lands at the field.
 */
export function MemberForm({
  form,
  initialValues,
  editing,
  unit,
  community,
  submitting,
  problem,
  onSubmit,
  onCancel,
  onReload,
  onValuesChange,
}: MemberFormProps) {
  const t = useT();
  const access = useAccess();
  const options = <T extends string>(values: readonly T[], label: (v: T) => MessageKey) =>
    values.map((value) => ({ value, label: t(label(value)) }));
  const notInFuture: FormRule = {
    validator: async (_, value?: Dayjs | null) => {
      if (value && isFuture(value)) throw new Error(t('memberForm.noFuture'));
    },
  };
  const idNumberRules: FormRule[] = [
    ...(editing ? [] : [{ required: true, whitespace: true, message: t('memberForm.idNumberRequired') }]),
    ({ getFieldValue }) => ({
      warningOnly: true,
      validator: async (_, value?: string) => {
        if (!value?.trim()) return;
        const hint = hintText(t, value, getFieldValue('birthDate') as Dayjs | null | undefined);
        if (hint) throw new Error(hint);
      },
    }),
  ];
  // A liaison cannot search the region's units (units is the admin's): its members stay in its own unit.
  const pickUnits = access.manageUnits;

  /** A valid number fills the birth date and gender it carries, when those are still empty. */
  function valuesChanged(changed: Partial<MemberFormValues>) {
    onValuesChange?.(changed);
    if (changed.idNumber === undefined) return;
    const idNumber = normalizeIdNumber(changed.idNumber);
    if (idNumberHint(idNumber) !== null) return;
    const birthDate = birthDateOf(idNumber);
    const fill: Partial<MemberFormValues> = {};
    if (!form.getFieldValue('gender')) fill.gender = genderOf(idNumber);
    if (!form.getFieldValue('birthDate') && birthDate) fill.birthDate = fromApiDate(birthDate);
    if (Object.keys(fill).length > 0) form.setFieldsValue(fill);
  }

  return (
    <Form<MemberFormValues>
      form={form}
      name="member"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
      onValuesChange={valuesChanged}
    >
      <ProblemAlert problem={problem} onReload={onReload} />
      <Card title={t('member.basics')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="name"
              label={t('member.name')}
              rules={[
                { required: true, whitespace: true, message: t('memberForm.nameRequired') },
              ]}
            >
              <Input maxLength={NAME_MAX} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="idNumber"
              label={t('member.idNumber')}
              dependencies={['birthDate']}
              rules={idNumberRules}
              extra={editing ? t('memberForm.idNumberKeep', { masked: editing.maskedIdNumber }) : undefined}
            >
              <Input maxLength={20} autoComplete="off" spellCheck={false} style={{ fontVariantNumeric: 'tabular-nums' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="gender" label={t('member.gender')} rules={[{ required: true, message: t('memberForm.genderRequired') }]}>
              <Select options={options(GENDERS, enumLabel.gender)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item
              name="birthDate"
              label={t('member.birthDate')}
              rules={[{ required: true, message: t('memberForm.birthDateRequired') }, notInFuture]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label={t('member.phone')}>
              <Input inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('member.party')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="status" label={t('member.status')} rules={[{ required: true, message: t('memberForm.statusRequired') }]}>
              <Select options={options(MEMBER_STATUSES, enumLabel.memberStatus)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="joinedOn"
              label={t('member.joinedOn')}
              rules={[{ required: true, message: t('memberForm.joinedOnRequired') }, notInFuture]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="category" label={t('member.category')} rules={[{ required: true, message: t('memberForm.categoryRequired') }]}>
              <Select options={options(MEMBER_CATEGORIES, enumLabel.memberCategory)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="unitId"
              label={t('member.unit')}
              rules={[{ required: true, message: t('memberForm.unitRequired') }]}
              extra={editing ? t('memberForm.unitByTransfer') : undefined}
            >
              <UnitPicker initial={unit} placeholder={t('memberForm.unitPlaceholder')} disabled={Boolean(editing) || !pickUnits} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="communityId"
              label={t('member.community')}
              extra={pickUnits ? undefined : t('memberForm.communityAdminOnly')}
            >
              <UnitPicker
                hostKinds={COMMUNITY_KINDS}
                initial={community}
                placeholder={t('picker.communityPlaceholder')}
                disabled={!pickUnits}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="roles" label={t('member.roles')}>
              <Select mode="multiple" allowClear options={options(MEMBER_ROLES, enumLabel.memberRole)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="note" label={t('member.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
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
