import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { isFuture, toApiDate } from '../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ArchiveFileLink } from '../../components/ArchiveFileLink';
import { CursorPager } from '../../components/CursorPager';
import { FileUploadField } from '../../components/FileUploadField';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { CharterVersionFieldsFragment } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { CHARTER_REFRESH } from './enums';

graphql(`
  fragment CharterVersionFields on CharterVersion {
    id
    number
    title
    adoptedOn
    adoptedBy
    note
    createdAt
    createdBy
    file {
      ...ArchiveFileFields
    }
  }
`);

const CharterQuery = graphql(`
  query Charter($first: Int!, $after: String) {
    charter {
      current {
        ...CharterVersionFields
      }
      versions(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...CharterVersionFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const UploadCharterVersionMutation = graphql(`
  mutation UploadCharterVersion($input: UploadCharterVersionInput!) {
    uploadCharterVersion(input: $input) {
      ...CharterVersionFields
    }
  }
`);

/** A charter is a text: PDF or Word (as the API takes it). */
const CHARTER_EXTENSIONS = ['pdf', 'doc', 'docx'] as const;

/** 章程: the current version with its file, the versions (newest first) and, for the secretariat, 上传新版本. */
export function CharterSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [uploading, setUploading] = useState(false);
  const table = useConnectionTable({
    query: CharterQuery,
    variables: (page) => page,
    connection: (data) => data.charter.versions,
    additionalTypenames: CHARTER_REFRESH.additionalTypenames,
  });
  const current = table.data?.charter.current ?? null;
  const none = t('common.none');

  const columns: TableColumnsType<CharterVersionFieldsFragment> = [
    { title: t('alliance.charterNumber'), dataIndex: 'number', width: 90, render: (n: number) => t('alliance.charterVersionNo', { number: n }) },
    { title: t('alliance.charterTitle'), dataIndex: 'title' },
    { title: t('alliance.adoptedOn'), dataIndex: 'adoptedOn', width: 120 },
    { title: t('alliance.adoptedBy'), dataIndex: 'adoptedBy', width: 140, render: (v: string | null) => v ?? none },
    { title: t('alliance.charterFile'), key: 'file', render: (_, v) => <ArchiveFileLink file={v.file} /> },
    { title: t('alliance.uploadedBy'), key: 'by', width: 160, render: (_, v) => `${v.createdBy} · ${v.createdAt.slice(0, 10)}` },
  ];

  return (
    <Card
      title={t('alliance.charter')}
      extra={
        editable && (
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
            {t('alliance.uploadCharter')}
          </Button>
        )
      }
    >
      {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
      <div data-testid="charter-current">
        {current ? (
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'version', label: t('alliance.currentCharter'), children: `${t('alliance.charterVersionNo', { number: current.number })} ${current.title}` },
              { key: 'adopted', label: t('alliance.adopted'), children: [current.adoptedOn, current.adoptedBy].filter(Boolean).join(' ') },
              { key: 'file', label: t('alliance.charterFile'), children: <ArchiveFileLink file={current.file} /> },
              ...(current.note ? [{ key: 'note', label: t('alliance.charterNote'), children: current.note }] : []),
            ]}
          />
        ) : (
          !table.pager.loading && <Empty description={t('alliance.noCharter')} />
        )}
      </div>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('alliance.charterVersions')}
      </Typography.Title>
      <KeyboardScrollable label={t('alliance.charterVersions')}>
        <Table<CharterVersionFieldsFragment>
          data-testid="charter-versions"
          rowKey="id"
          columns={columns}
          {...table.tableProps}
          locale={{ emptyText: t('alliance.noCharter') }}
          scroll={{ x: 820 }}
        />
      </KeyboardScrollable>
      <CursorPager pager={table.pager} />
      <UploadCharterDialog open={uploading} onClose={() => setUploading(false)} />
    </Card>
  );
}

interface UploadValues {
  uploadId?: string | null;
  title?: string;
  adoptedOn?: Dayjs | null;
  adoptedBy?: string;
  note?: string;
}

function UploadCharterDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [{ fetching }, upload] = useMutation(UploadCharterVersionMutation);

  async function submit(values: UploadValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await upload(
      {
        input: {
          uploadId: values.uploadId ?? '',
          title: values.title ?? '',
          adoptedOn: values.adoptedOn ? toApiDate(values.adoptedOn) : '',
          adoptedBy: values.adoptedBy || null,
          note: values.note || null,
        },
      },
      CHARTER_REFRESH,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('alliance.charterUploaded', { number: result.data!.uploadCharterVersion.number }));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('alliance.uploadCharterTitle')}
      okText={t('alliance.uploadCharterOk')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ disabled: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form form={form} name="uploadCharter" layout="vertical" initialValues={{ adoptedBy: t('alliance.adoptedByDefault') }} onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="uploadId" label={t('alliance.charterFile')} rules={[{ required: true, message: t('alliance.charterFileRequired') }]}>
          <FileUploadField onBusyChange={setBusy} extensions={CHARTER_EXTENSIONS} hint={t('alliance.charterFileHint')} />
        </Form.Item>
        <Form.Item name="title" label={t('alliance.charterTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="adoptedOn"
          label={t('alliance.adoptedOn')}
          rules={[
            { required: true },
            { validator: async (_, value?: Dayjs | null) => { if (value && isFuture(value)) throw new Error(t('alliance.adoptedOnFuture')); } },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
        </Form.Item>
        <Form.Item name="adoptedBy" label={t('alliance.adoptedBy')}>
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <Form.Item name="note" label={t('alliance.charterNote')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
