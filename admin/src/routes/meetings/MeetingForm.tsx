import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker, type UnitOption } from '../../components/UnitPicker';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { MEETING_KINDS, enumLabel } from '../../i18n/enums';
import { MemberPicker, type PickedMember } from '../member-records/MemberPicker';
import type { MeetingFormValues } from './form-values';
import { PICKER_FORMAT } from './time';

const SubBodyOptionsQuery = graphql(`
  query SubBodyOptions {
    subBodies(first: 100) {
      edges {
        node {
          id
          name
          unitIds
        }
      }
    }
  }
`);

/** 召开机构: the alliance's sub-bodies (a region has a handful: one page of 100), with how many units each would invite. */
function SubBodySelect(props: { id?: string; value?: string | null; onChange?: (value: string | null) => void }) {
  const t = useT();
  const [{ data, fetching }] = useQuery({ query: SubBodyOptionsQuery });
  const options = (data?.subBodies.edges ?? []).map(({ node }) => ({ value: node.id, label: t('meetingForm.subBodyOption', { name: node.name, count: node.unitIds.length }) }));
  return (
    <Select
      id={props.id}
      value={props.value ?? undefined}
      onChange={(value) => props.onChange?.(value ?? null)}
      options={options}
      loading={fetching}
      allowClear
      placeholder={t('meetingForm.subBodyPlaceholder')}
    />
  );
}

graphql(`
  fragment MeetingFormFields on Meeting {
    id
    title
    kind
    status
    startsAt
    endsAt
    place
    onlineLink
    convenerUnitId
    convenerUnit {
      id
      name
    }
    subBodyId
    chair
    recorder
    invitedUnitIds
    invitedUnits {
      id
      name
    }
    invitedMemberIds
    invitedMembers {
      id
      name
      unit {
        id
        name
      }
    }
    allowedActions
    version
  }
`);

export const TITLE_MAX = 100;

interface MeetingFormProps {
  form: FormInstance<MeetingFormValues>;
  initialValues: MeetingFormValues;
  /** Creating: the form also takes the first agenda (later items are added on the meeting's page). */
  withAgenda?: boolean;
  /** Names of the units the values hold, so they show before any search. */
  convenerUnit?: UnitOption | null;
  invitedUnits?: readonly UnitOption[];
  /** Names (and units) of the members invited in person, so they show before any search. */
  invitedMembers?: readonly PickedMember[];
  submitting: boolean;
  problem: ApiProblem | null;
  onSubmit: (values: MeetingFormValues) => void;
  onCancel: () => void;
  /** Offered with a CONFLICT: read the meeting again. */
  onReload?: () => void;
  onValuesChange?: (changed: Partial<MeetingFormValues>) => void;
}

/** The meeting form shared by create and edit. The end must follow the start here as on the server. */
export function MeetingForm({
  form,
  initialValues,
  withAgenda,
  convenerUnit,
  invitedUnits,
  invitedMembers,
  submitting,
  problem,
  onSubmit,
  onCancel,
  onReload,
  onValuesChange,
}: MeetingFormProps) {
  const t = useT();
  const picker = <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />;

  return (
    <Form<MeetingFormValues>
      form={form}
      name="meeting"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
      onValuesChange={onValuesChange}
    >
      <ProblemAlert problem={problem} onReload={onReload} />
      <Card title={t('meetingForm.basics')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('meeting.title')} rules={[{ required: true, whitespace: true, message: t('meetingForm.titleRequired') }]}>
              <Input maxLength={TITLE_MAX} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('meeting.kind')} rules={[{ required: true, message: t('meetingForm.kindRequired') }]}>
              <Select options={MEETING_KINDS.map((value) => ({ value, label: t(enumLabel.meetingKind(value)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="startsAt" label={t('meeting.startsAt')} rules={[{ required: true, message: t('meetingForm.startsAtRequired') }]}>
              {picker}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="endsAt"
              label={t('meeting.endsAt')}
              dependencies={['startsAt']}
              rules={[
                { required: true, message: t('meetingForm.endsAtRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, end?: Dayjs | null) => {
                    const start = getFieldValue('startsAt') as Dayjs | null | undefined;
                    if (start && end && !end.isAfter(start)) throw new Error(t('meetingForm.endAfterStart'));
                  },
                }),
              ]}
            >
              {picker}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="place" label={t('meeting.place')}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="onlineLink" label={t('meeting.onlineLink')}>
              <Input maxLength={500} inputMode="url" autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('meetingForm.people')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="convenerUnitId" label={t('meeting.convenerUnit')}>
              <UnitPicker initial={convenerUnit} placeholder={t('meetingForm.unitPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="subBodyId" label={t('meeting.subBody')} extra={t('meetingForm.subBodyHint')}>
              <SubBodySelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="chair" label={t('meeting.chair')}>
              <Input maxLength={100} autoComplete="off" placeholder={t('meetingForm.chairPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="recorder" label={t('meeting.recorder')}>
              <Input maxLength={100} autoComplete="off" placeholder={t('meetingForm.chairPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="invitedUnitIds" label={t('meeting.invitedUnits')} extra={t('meetingForm.invitedHint')}>
              <UnitPicker mode="multiple" initial={invitedUnits} placeholder={t('meetingForm.unitsPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="invitedMemberIds" label={t('meeting.invitedMembers')} extra={t('meetingForm.invitedMembersHint')}>
              <MemberPicker mode="multiple" initial={invitedMembers} placeholder={t('meetingForm.membersPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      {withAgenda && (
        <Card title={t('meetingForm.agendaSection')} size="small" style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('meetingForm.agendaHint')}</Typography.Paragraph>
          <Form.List name="agenda">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <fieldset key={item.key} className="meeting-agenda-item" style={{ border: 0, padding: 0, margin: 0 }}>
                    <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{t('agenda.item', { order: index + 1 })}</legend>
                    <Row gutter={16} align="top">
                      <Col xs={24} md={9}>
                        <Form.Item
                          name={[item.name, 'title']}
                          label={t('agenda.title')}
                          rules={[{ required: true, whitespace: true, message: t('agenda.titleRequired') }]}
                        >
                          <Input maxLength={200} autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={6}>
                        <Form.Item name={[item.name, 'presenterUnitId']} label={t('agenda.presenterUnit')}>
                          <UnitPicker placeholder={t('meetingForm.unitPlaceholder')} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={4}>
                        <Form.Item name={[item.name, 'presenter']} label={t('agenda.presenter')}>
                          <Input maxLength={100} autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={18} md={4}>
                        <Form.Item name={[item.name, 'plannedMinutes']} label={t('agenda.plannedMinutes')}>
                          <InputNumber min={1} max={600} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={6} md={1}>
                        <Form.Item label=" " colon={false}>
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('agenda.removeItem', { order: index + 1 })}
                            title={t('agenda.removeItem', { order: index + 1 })}
                            onClick={() => remove(item.name)}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  </fieldset>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                  {t('agenda.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
      )}

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
