import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fromApiDate, toApiDate } from '../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { AllianceSettingsFieldsFragment } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';

graphql(`
  fragment AllianceSettingsFields on AllianceSettings {
    councilTermStart
    councilTermEnd
    version
  }
`);

const AllianceSettingsQuery = graphql(`
  query AllianceSettings {
    allianceSettings {
      ...AllianceSettingsFields
    }
  }
`);

const SetCouncilTermMutation = graphql(`
  mutation SetCouncilTerm($input: SetCouncilTermInput!) {
    setCouncilTerm(input: $input) {
      ...AllianceSettingsFields
    }
  }
`);

/** AllianceSettings has no id: the document cache refreshes it on any change. */
const REFRESH_ON = { additionalTypenames: ['AllianceSettings'] };

/** 理事会: its term, and where its units come from (the units' 联盟角色). */
export function CouncilSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: AllianceSettingsQuery, context: REFRESH_ON });
  const [editing, setEditing] = useState(false);
  const settings = data?.allianceSettings;
  const term =
    settings?.councilTermStart && settings.councilTermEnd
      ? t('alliance.termRange', { start: settings.councilTermStart, end: settings.councilTermEnd })
      : t('alliance.councilTermNotSet');
  return (
    <Card
      title={t('alliance.council')}
      extra={
        editable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} disabled={!settings}>
            {t('alliance.editCouncilTerm')}
          </Button>
        )
      }
    >
      {error && <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <Descriptions bordered size="small" column={1} items={[{ key: 'term', label: t('alliance.councilTerm'), children: <span data-testid="council-term">{term}</span> }]} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('alliance.councilHint')}
      </Typography.Paragraph>
      {settings && <CouncilTermDialog open={editing} settings={settings} onClose={() => setEditing(false)} />}
    </Card>
  );
}

interface TermValues {
  start?: Dayjs | null;
  end?: Dayjs | null;
}

function CouncilTermDialog({ open, settings, onClose }: { open: boolean; settings: AllianceSettingsFieldsFragment; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TermValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, setTerm] = useMutation(SetCouncilTermMutation);

  async function submit(values: TermValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await setTerm(
      { input: { start: values.start ? toApiDate(values.start) : '', end: values.end ? toApiDate(values.end) : '', version: settings.version } },
      REFRESH_ON,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('alliance.councilSaved'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('alliance.councilTerm')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form
        form={form}
        name="councilTerm"
        layout="vertical"
        initialValues={{
          start: settings.councilTermStart ? fromApiDate(settings.councilTermStart) : null,
          end: settings.councilTermEnd ? fromApiDate(settings.councilTermEnd) : null,
        }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <Form.Item name="start" label={t('alliance.councilStart')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="end" label={t('alliance.councilEnd')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
