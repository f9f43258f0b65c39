import { App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import { FileUploadField } from '../../../components/FileUploadField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitLink } from '../../../components/UnitLink';
import { UnitPicker } from '../../../components/UnitPicker';
import { graphql } from '../../../gql';
import type { UnitRegistrationFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { COMMUNITY_KINDS } from '../../../i18n/enums';
import { isFuture, toApiDate } from '../../../api/dates';

graphql(`
  fragment UnitRegistration on Registration {
    registeredOn
    note
    community {
      id
      name
    }
    form {
      ...ArchiveFileFields
    }
  }
`);

const RegisterUnitMutation = graphql(`
  mutation RegisterUnit($input: RegisterUnitInput!) {
    registerUnit(input: $input) {
      id
      status
      version
      registration {
        ...UnitRegistration
      }
    }
  }
`);

interface RegisterValues {
  registeredOn?: Dayjs;
  communityId?: string | null;
  note?: string;
  formUploadId?: string | null;
}

interface Props {
  unit: { id: string; version: number; registration?: UnitRegistrationFragment | null };
  onReload: () => void;
  /** 报到登记 / 更新报到登记 (region admin only). */
  canRegister: boolean;
}

/** 报到登记 (000 art.10; 001 附件5): the registration, and the form to record it with its signed form file. */
export function RegistrationCard({ unit, onReload, canRegister }: Props) {
  const t = useT();
  const { message } = App.useApp();
  /** The values the form opens with; null while closed. */
  const [opened, setOpened] = useState<RegisterValues | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [form] = Form.useForm<RegisterValues>();
  const serverErrors = useServerFieldErrors(form);
  const [{ fetching }, registerUnit] = useMutation(RegisterUnitMutation);
  const registration = unit.registration;

  function start() {
    setProblem(null);
    setUploading(false);
    setOpened({
      registeredOn: registration ? dayjs(registration.registeredOn) : dayjs(),
      communityId: registration?.community?.id ?? null,
      note: registration?.note ?? '',
    });
  }
  const close = () => setOpened(null);

  async function submit(values: RegisterValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await registerUnit({
      input: {
        id: unit.id,
        version: unit.version,
        registeredOn: toApiDate(values.registeredOn!),
        communityId: values.communityId ?? null,
        note: values.note?.trim() || null,
        formUploadId: values.formUploadId ?? null,
      },
    });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    close();
    void message.success(t('unitPage.registered'));
  }

  return (
    <Card
      title={t('unitPage.registration')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        canRegister && (
          <Button type={registration ? 'default' : 'primary'} onClick={start}>
            {registration ? t('unitPage.reRegister') : t('unitPage.register')}
          </Button>
        )
      }
    >
      {registration ? (
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('unitPage.registeredOn')}>{registration.registeredOn}</Descriptions.Item>
          <Descriptions.Item label={t('unitPage.community')}>
            {registration.community ? (
              <UnitLink id={registration.community.id} name={registration.community.name} />
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('unitPage.form')}>
            <ArchiveFileLink file={registration.form} />
          </Descriptions.Item>
          <Descriptions.Item label={t('unitPage.note')}>{registration.note || t('common.none')}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unitPage.notRegistered')} />
      )}
      <Modal
        open={opened !== null}
        title={t('unitPage.register')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={fetching}
        okButtonProps={{ disabled: uploading }}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
        width={600}
      >
        <ProblemAlert problem={leftToShow(problem)} onReload={() => {
            close();
            onReload();
          }} />
        <Form<RegisterValues> form={form} name="registerUnit" layout="vertical" initialValues={opened ?? {}} onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
          <Form.Item
            name="registeredOn"
            label={t('unitPage.registeredOn')}
            rules={[
              { required: true, message: t('unitPage.registeredOnRequired') },
              {
                validator: async (_, value?: Dayjs) => {
                  if (value && isFuture(value)) throw new Error(t('unitPage.noFuture'));
                },
              },
            ]}
          >
            <DatePicker disabledDate={isFuture} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="communityId" label={t('unitPage.community')}>
            <UnitPicker
              hostKinds={COMMUNITY_KINDS}
              excludeId={unit.id}
              initial={registration?.community ?? null}
              placeholder={t('picker.communityPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="note" label={t('unitPage.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="formUploadId" label={t('unitPage.form')}>
            <FileUploadField onBusyChange={setUploading} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
