import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Flex, Popconfirm, Skeleton, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { problemText, toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { toParams } from '../../lists/params';
import { PostStatusTag } from '../ReportStatusTag';
import { OnlyCommunities, ScopeField, useEngagementScope } from '../scope';
import { PostDialog } from './PostDialog';

const PostListQuery = graphql(`
  query PostList($communityUnitId: ID!, $includeClosed: Boolean, $first: Int!, $after: String) {
    posts(communityUnitId: $communityUnitId, includeClosed: $includeClosed, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PostFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
const ClosePostMutation = graphql(`
  mutation ClosePost($id: ID!, $version: Int!) {
    closePost(id: $id, version: $version) {
      ...PostFields
    }
  }
`);

const REFRESH_ON = ['Post'];

/** "2026-04-01 ~ 2026-12-31", open ends as "…"; a dash for a post without a period. */
export const period = (post: Pick<PostFieldsFragment, 'startsOn' | 'endsOn'>, none: string) =>
  post.startsOn || post.endsOn ? `${post.startsOn ?? '…'} ~ ${post.endsOn ?? '…'}` : none;

/** "2/3" and 已满 when no place is left. */
export function HolderCount({ post }: { post: Pick<PostFieldsFragment, 'holderCount' | 'capacity' | 'status'> }) {
  const t = useT();
  return (
    <Space size={4}>
      <span data-testid="post-holders">{t('post.holdersOf', { count: post.holderCount, capacity: post.capacity })}</span>
      {post.status === 'OPEN' && post.holderCount >= post.capacity && <Tag color="orange">{t('post.full')}</Tag>}
    </Space>
  );
}

/**
 * /engagement/posts (岗位): a community's posts by title (设岗定责), open ones unless asked; 新增岗位, 编辑 and 关闭
 * (its holders leave it). The secretariat picks the community; a 村/社区's liaison manages its own.
 */
export default function PostListPage() {
  const t = useT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const scope = useEngagementScope(params.get('community'), true);
  const communityUnitId = scope.unitId;
  const includeClosed = params.get('closed') === '1';
  const setFilter = (patch: { community?: string | null; closed?: boolean }, size = pageSize) => {
    const next = { community: params.get('community'), closed: includeClosed, ...patch };
    setParams(toParams({ community: next.community, closed: next.closed ? 1 : undefined }, size), { replace: true });
  };
  const variables = useMemo(() => ({ communityUnitId: communityUnitId ?? '', includeClosed }), [communityUnitId, includeClosed]);
  const [editing, setEditing] = useState<{ open: boolean; post: PostFieldsFragment | null }>({ open: false, post: null });
  const [closing, closePost] = useMutation(ClosePostMutation);

  const table = useConnectionTable({
    query: PostListQuery,
    variables: ({ first, after }) => ({ ...variables, first, after }),
    connection: (data) => data.posts,
    resetKey: JSON.stringify(variables),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
    pause: !communityUnitId,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;
  if (scope.loading) return <Skeleton active />;
  if (scope.notCommunity) return <OnlyCommunities title={t('posts.title')} />;

  async function close(post: PostFieldsFragment) {
    const result = await closePost({ id: post.id, version: post.version }, { additionalTypenames: REFRESH_ON });
    if (result.error) return void message.error(problemText(toProblem(result.error), t));
    void message.success(t('posts.closed', { title: post.title }));
  }

  const none = t('common.none');
  const columns: TableColumnsType<PostFieldsFragment> = [
    {
      title: t('post.title'),
      dataIndex: 'title',
      fixed: 'left',
      width: 180,
      render: (title: string, p) => <Link to={`/engagement/posts/${p.id}`}>{title}</Link>,
    },
    { title: t('post.duties'), dataIndex: 'duties', render: (v: string | null) => v ?? none },
    { title: t('post.capacity'), dataIndex: 'capacity', width: 90, align: 'center' },
    { title: t('post.holders'), key: 'holders', width: 120, render: (_, p) => <HolderCount post={p} /> },
    { title: t('post.period'), key: 'period', width: 210, render: (_, p) => period(p, none) },
    { title: t('post.status'), dataIndex: 'status', width: 90, render: (_, p) => <PostStatusTag status={p.status} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, p) =>
        p.status === 'OPEN' && (
          <Space>
            <Button size="small" onClick={() => setEditing({ open: true, post: p })}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('posts.closeConfirm', { title: p.title })}
              okText={t('posts.close')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, loading: closing.fetching }}
              onConfirm={() => close(p)}
            >
              <Button size="small" danger>
                {t('posts.close')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];
  const count =
    table.data && !table.pager.loading
      ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'engagement.countAll' : 'engagement.countPage', { count: table.rows.length })
      : null;

  return (
    <Card
      title={t('posts.title')}
      extra={
        communityUnitId && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, post: null })}>
            {t('posts.create')}
          </Button>
        )
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <ScopeField scope={scope} communitiesOnly onPick={(community) => setFilter({ community })} />
        <Checkbox checked={includeClosed} onChange={(e) => setFilter({ closed: e.target.checked })}>
          {t('posts.includeClosed')}
        </Checkbox>
      </Flex>
      {!communityUnitId ? (
        <Empty description={t('engagement.pickCommunity')} />
      ) : (
        <>
          {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
          <KeyboardScrollable label={t('posts.title')}>
            <Table<PostFieldsFragment>
              rowKey="id"
              columns={columns}
              locale={{ emptyText: t('posts.empty') }}
              scroll={{ x: 1000 }}
              {...table.tableProps}
            />
          </KeyboardScrollable>
          <CursorPager pager={table.pager} total={count && <span data-testid="engagement-count">{count}</span>} />
          <PostDialog
            open={editing.open}
            communityUnitId={communityUnitId}
            post={editing.post}
            onClose={() => setEditing((e) => ({ ...e, open: false }))}
            onReload={table.refresh}
          />
        </>
      )}
    </Card>
  );
}
