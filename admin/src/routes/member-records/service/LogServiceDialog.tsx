import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { isFuture, toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitPicker, type UnitOption } from '../../../components/UnitPicker';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { COMMUNITY_KINDS } from '../../../i18n/enums';
import { UnitOptionPicker } from '../../lists/UnitOptionPicker';
import { HOURS, isHalfHour } from '../enums';
import { MemberPicker } from '../MemberPicker';
import { useRecordsScope } from '../scope';

const LogServiceHoursMutation = graphql(`
  mutation LogServiceHours($input: LogServiceHoursInput!) {
    logServiceHours(input: $input) {
      ...ServiceRecordRow
    }
  }
`);

const CommunityPostOptionsQuery = graphql(`
  query CommunityPostOptions($communityUnitId: ID!) {
    posts(communityUnitId: $communityUnitId, first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The form's values: names are the input's, so the server's `extensions.field` lands at its field. */
interface Values {
  memberId?: string | null;
  communityUnitId?: string | null;
  servedOn?: Dayjs | null;
  hours?: number | null;
  description?: string;
  place?: string;
  postId?: string | null;
}

interface Props {
  open: boolean;
  /** The community the service was in when it is not chosen here (a community's liaison, or the one the list shows). */
  community: { id: string; name?: string | null } | null;
  /** The community is fixed (a community's own liaison files for itself). */
  fixedCommunity: boolean;
  onClose: () => void;
}

/** 登记服务: a member's volunteer service in a community (logServiceHours), pending until the community confirms it. */
export function LogServiceDialog({ open, community, fixedCommunity, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const scope = useRecordsScope();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, logService] = useMutation(LogServiceHoursMutation);
  const communityUnitId = Form.useWatch('communityUnitId', form) ?? null;
  const [{ data: posts }] = useQuery({
    query: CommunityPostOptionsQuery,
    variables: { communityUnitId: communityUnitId ?? '' },
    pause: !open || !communityUnitId,
  });

  // Each opening starts afresh, in the community the list shows.
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ communityUnitId: community?.id ?? null, servedOn: dayjs(), hours: 2 });
  }, [open, community?.id, form]);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = {
      memberId: values.memberId!,
      communityUnitId: values.communityUnitId!,
      servedOn: toApiDate(values.servedOn!),
      hours: values.hours!,
      description: values.description?.trim() ?? '',
      place: values.place?.trim() || null,
      postId: values.postId || null,
    };
    const result = await logService({ input }, { additionalTypenames: ['ServiceRecord'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('serviceLog.done', { name: result.data!.logServiceHours.memberName }));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('serviceLog.title')}
      okText={t('serviceLog.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('serviceLog.hint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values>
        form={form}
        name="logService"
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          serverErrors.onValuesChange(changed);
          if ('communityUnitId' in changed) form.setFieldValue('postId', null); // a post is the community's
        }}
        disabled={fetching}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="memberId" label={t('records.member')} rules={[{ required: true, message: t('records.memberRequired') }]}>
              <MemberPicker />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {fixedCommunity ? (
              <>
                <Form.Item name="communityUnitId" hidden>
                  <Input />
                </Form.Item>
                <Form.Item label={t('serviceHours.community')}>
                  <Typography.Text data-testid="service-log-community">{community?.name ?? t('common.none')}</Typography.Text>
                </Form.Item>
              </>
            ) : (
              <Form.Item
                name="communityUnitId"
                label={t('serviceHours.community')}
                rules={[{ required: true, message: t('serviceLog.communityRequired') }]}
              >
                {scope.admin ? (
                  <UnitPicker hostKinds={COMMUNITY_KINDS} initial={community?.name ? (community as UnitOption) : null} placeholder={t('picker.communityPlaceholder')} />
                ) : (
                  // A liaison may not read `units`; `unitOptions` it may.
                  <UnitOptionPicker communitiesOnly placeholder={t('picker.communityPlaceholder')} />
                )}
              </Form.Item>
            )}
          </Col>
          <Col xs={12} md={12}>
            <Form.Item
              name="servedOn"
              label={t('serviceHours.servedOn')}
              rules={[
                { required: true, message: t('serviceLog.dateRequired') },
                { validator: async (_, value?: Dayjs | null) => { if (value && isFuture(value)) throw new Error(t('records.notFuture')); } },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item
              name="hours"
              label={t('serviceHours.hours')}
              extra={t('records.hoursHint')}
              rules={[
                { required: true, message: t('records.hoursRequired') },
                { validator: async (_, value?: number | null) => { if (value != null && !isHalfHour(value)) throw new Error(t('records.hoursHalf')); } },
              ]}
            >
              <InputNumber min={HOURS.min} max={HOURS.max} step={HOURS.step} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="description"
              label={t('serviceHours.description')}
              rules={[{ required: true, whitespace: true, message: t('serviceLog.descriptionRequired') }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="place" label={t('serviceHours.place')}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="postId" label={t('serviceHours.post')} extra={t('serviceLog.postHint')}>
              <Select
                allowClear
                disabled={!communityUnitId}
                options={(posts?.posts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }))}
                notFoundContent={t('serviceLog.noPosts')}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
