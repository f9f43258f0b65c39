import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { RegionRowFragment } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';

const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      ...RegionRow
    }
  }
`);

/** The form's values: named as the input, so the API's `extensions.field` lands at its field. */
interface Values {
  name?: string;
  superiorOrganization?: string;
}

/** 修改 (a region's name and superior organisation; its slug stays, public URLs use it), with the version read. */
export function EditRegionDialog({ region, onClose, onReload }: { region: RegionRowFragment | null; onClose: () => void; onReload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, updateRegion] = useMutation(UpdateRegionMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = {
      id: region!.id,
      version: region!.version,
      name: values.name?.trim() ?? '',
      superiorOrganization: values.superiorOrganization?.trim() || null,
    };
    const result = await updateRegion({ input }, { additionalTypenames: ['Region'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('regionEdit.saved', { name: result.data!.updateRegion.name }));
    onClose();
  }

  return (
    <Modal
      open={region !== null}
      title={t('regionEdit.title', { name: region?.name ?? '' })}
      okText={t('regionEdit.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('regionEdit.hint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form<Values>
        form={form}
        name="editRegion"
        layout="vertical"
        initialValues={{ name: region?.name, superiorOrganization: region?.superiorOrganization ?? '' }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        disabled={fetching}
      >
        <Form.Item name="name" label={t('region.name')} rules={[{ required: true, whitespace: true, message: t('regionForm.nameRequired') }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="superiorOrganization" label={t('region.superiorOrganization')}>
          <Input maxLength={100} placeholder={t('regionForm.superiorPlaceholder')} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
