import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem, type ApiProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { PartnerClientRowFragment } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { RegisterDialog, SecretDialog, type Issued } from './dialogs';

export const PARTNER_CLIENT_ROW = graphql(`
  fragment PartnerClientRow on PartnerClient {
    clientId
    regionId
    name
    scopes
    state
    createdAt
    createdBy
    secretRotatedAt
    revokedAt
    version
  }
`);

const RegionsQuery = graphql(`
  query PartnerClientRegions {
    regions(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PartnerClientsQuery = graphql(`
  query PartnerClients($regionId: ID!, $first: Int!, $after: String) {
    partnerClients(regionId: $regionId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PartnerClientRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const RotateMutation = graphql(`
  mutation RotatePartnerClientSecret($clientId: ID!, $version: Int) {
    rotatePartnerClientSecret(clientId: $clientId, version: $version) {
      clientSecret
      client {
        ...PartnerClientRow
      }
    }
  }
`);

const RevokeMutation = graphql(`
  mutation RevokePartnerClient($clientId: ID!, $version: Int) {
    revokePartnerClient(clientId: $clientId, version: $version) {
      ...PartnerClientRow
    }
  }
`);

/** Lists refresh after these mutations even when the page shows none of the type. */
export const REFRESH_ON = { additionalTypenames: ['PartnerClient'] };

/** /partner-clients (合作系统): a region's partner systems; register (secret shown once), rotate the secret, revoke. */
export default function PartnerClientsPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const regionId = params.get('region');
  const [regions] = useQuery({ query: RegionsQuery });
  const [registering, setRegistering] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [, rotate] = useMutation(RotateMutation);
  const [, revoke] = useMutation(RevokeMutation);

  const table = useConnectionTable({
    query: PartnerClientsQuery,
    variables: ({ first, after }) => ({ regionId: regionId ?? '', first, after }),
    connection: (data) => data.partnerClients,
    resetKey: regionId ?? '',
    additionalTypenames: ['PartnerClient'],
    pause: !regionId,
  });

  const listProblem = table.error ? toProblem(table.error) : regions.error ? toProblem(regions.error) : null;
  if (listProblem?.code === 'FORBIDDEN') return <Forbidden />;
  const regionOptions = (regions.data?.regions.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));

  function confirmRotate(client: PartnerClientRowFragment) {
    modal.confirm({
      title: t('partnerClients.rotateTitle', { name: client.name }),
      content: t('partnerClients.rotateConfirm'),
      okText: t('partnerClients.rotate'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setProblem(null);
        const result = await rotate({ clientId: client.clientId, version: client.version }, REFRESH_ON);
        if (result.error) return setProblem(toProblem(result.error));
        const rotated = result.data!.rotatePartnerClientSecret;
        setIssued({ name: rotated.client.name, clientId: rotated.client.clientId, clientSecret: rotated.clientSecret });
      },
    });
  }

  function confirmRevoke(client: PartnerClientRowFragment) {
    modal.confirm({
      title: t('partnerClients.revokeTitle', { name: client.name }),
      content: t('partnerClients.revokeConfirm'),
      okText: t('partnerClients.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        setProblem(null);
        const result = await revoke({ clientId: client.clientId, version: client.version }, REFRESH_ON);
        if (result.error) return setProblem(toProblem(result.error));
        void message.success(t('partnerClients.revoked', { name: client.name }));
      },
    });
  }

  const columns: ColumnsType<PartnerClientRowFragment> = [
    { title: t('partnerClients.name'), dataIndex: 'name', key: 'name' },
    { title: t('partnerClients.clientId'), dataIndex: 'clientId', key: 'clientId', render: (id: string) => <Typography.Text code copyable>{id}</Typography.Text> },
    { title: t('partnerClients.scopes'), dataIndex: 'scopes', key: 'scopes', render: (scopes: string[]) => scopes.map((s) => <Tag key={s}>{s}</Tag>) },
    {
      title: t('partnerClients.state'),
      dataIndex: 'state',
      key: 'state',
      render: (state: PartnerClientRowFragment['state']) => <Tag color={state === 'ACTIVE' ? 'green' : 'default'}>{t(`partnerClients.state.${state}`)}</Tag>,
    },
    { title: t('partnerClients.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (at: string) => formatDateTime(at) },
    { title: t('partnerClients.createdBy'), dataIndex: 'createdBy', key: 'createdBy' },
    { title: t('partnerClients.secretRotatedAt'), dataIndex: 'secretRotatedAt', key: 'secretRotatedAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, client) =>
        client.state === 'ACTIVE' ? (
          <Space>
            <Button size="small" onClick={() => confirmRotate(client)}>
              {t('partnerClients.rotate')}
            </Button>
            <Button size="small" danger onClick={() => confirmRevoke(client)}>
              {t('partnerClients.revoke')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Card
      title={t('partnerClients.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} disabled={!regionId} onClick={() => setRegistering(true)}>
          {t('partnerClients.register')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('partnerClients.hint')}</Typography.Paragraph>
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <span>{t('partnerClients.region')}</span>
        <Select
          aria-label={t('partnerClients.region')}
          style={{ minWidth: 240 }}
          placeholder={t('partnerClients.regionPlaceholder')}
          loading={regions.fetching}
          options={regionOptions}
          value={regionId ?? undefined}
          showSearch
          optionFilterProp="label"
          onChange={(value: string) => setParams({ region: value }, { replace: true })}
        />
      </Flex>
      {listProblem && <ProblemAlert problem={listProblem} onRetry={table.refresh} />}
      {problem && <ProblemAlert problem={problem} />}
      {regionId ? (
        <>
          <Table<PartnerClientRowFragment> {...table.tableProps} rowKey="clientId" columns={columns} locale={{ emptyText: t('partnerClients.empty') }} />
          <CursorPager pager={table.pager} />
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('partnerClients.pickRegion')}</Typography.Paragraph>
      )}
      {regionId && (
        <RegisterDialog
          open={registering}
          regionId={regionId}
          onClose={() => setRegistering(false)}
          onRegistered={(made) => {
            setRegistering(false);
            setIssued(made);
          }}
        />
      )}
      <SecretDialog issued={issued} onClose={() => setIssued(null)} />
    </Card>
  );
}
