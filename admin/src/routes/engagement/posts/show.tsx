import { ArrowLeftOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Result, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { problemText, toProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { PostPageQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { PostStatusTag } from '../ReportStatusTag';
import { ClaimDialog } from './ClaimDialog';
import { HolderCount, period } from './list';

const PostPageQueryDocument = graphql(`
  query PostPage($id: ID!) {
    post(id: $id) {
      ...PostFields
      community {
        id
        name
      }
      createdAt
      holders {
        memberId
        memberName
        claimedAt
      }
    }
  }
`);
const LeavePostMutation = graphql(`
  mutation LeavePost($postId: ID!, $memberId: ID) {
    leavePost(postId: $postId, memberId: $memberId) {
      ...PostFields
    }
  }
`);

type Holder = NonNullable<PostPageQuery['post']>['holders'][number];
const REFRESH_ON = ['Post'];

/**
 * /engagement/posts/:id: a post (设岗定责) and who holds it; 认岗 for a member and 离岗 per holder, for the community
 * (its liaison) and the secretariat — the others the API shows the count only.
 */
export default function PostPage() {
  const t = useT();
  const { message } = App.useApp();
  const access = useAccess();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: REFRESH_ON }), []);
  const [{ data, fetching, error }, reload] = useQuery({ query: PostPageQueryDocument, variables: { id }, context });
  const [claiming, setClaiming] = useState(false);
  const [leaving, setLeaving] = useState<string | null>(null);
  const [, leavePost] = useMutation(LeavePostMutation);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  const problem = error ? toProblem(error) : null;
  if (problem?.code === 'FORBIDDEN' && !data) return <Forbidden />;
  if (!data && fetching) return <Skeleton active />;
  const post = data?.post;
  if (!post) {
    return problem ? <ProblemAlert problem={problem} onRetry={refresh} /> : <Result status="404" title={t('error.notFound')} />;
  }
  const mayManage = access.manageEngagement || access.engagementUnitId === post.communityUnitId;
  const none = t('common.none');

  async function leave(holder: Holder) {
    setLeaving(holder.memberId);
    const result = await leavePost({ postId: post!.id, memberId: holder.memberId }, { additionalTypenames: ['Post', 'CommunityReport'] });
    setLeaving(null);
    if (result.error) return void message.error(problemText(toProblem(result.error), t));
    void message.success(t('postPage.left', { name: holder.memberName }));
    refresh();
  }

  const columns: TableColumnsType<Holder> = [
    { title: t('postClaim.member'), dataIndex: 'memberName' },
    { title: t('postPage.claimedAt'), dataIndex: 'claimedAt', width: 180, render: (v: string) => formatDateTime(v) },
    ...(mayManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, holder: Holder) => (
              <Popconfirm
                title={t('postPage.leaveConfirm', { name: holder.memberName })}
                okText={t('postPage.leave')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true, loading: leaving === holder.memberId }}
                onConfirm={() => leave(holder)}
              >
                <Button size="small" danger>
                  {t('postPage.leave')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex align="center" gap={12}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {post.title}
            </Typography.Title>
            <PostStatusTag status={post.status} />
          </Flex>
        }
        extra={
          <Link to={`/engagement/posts${access.manageEngagement ? `?community=${post.communityUnitId}` : ''}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('postPage.back')}</Button>
          </Link>
        }
      >
        {problem && <ProblemAlert problem={problem} onRetry={refresh} />}
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('engagement.community')}>{post.community?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('post.holders')}>
            <HolderCount post={post} />
          </Descriptions.Item>
          <Descriptions.Item label={t('post.period')}>{period(post, none)}</Descriptions.Item>
          <Descriptions.Item label={t('post.duties')}>{post.duties ?? none}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('postPage.holders')}
        extra={
          mayManage &&
          post.status === 'OPEN' && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setClaiming(true)}>
              {t('postPage.claim')}
            </Button>
          )
        }
      >
        <Table<Holder>
          rowKey="memberId"
          columns={columns}
          dataSource={post.holders}
          pagination={false}
          loading={fetching}
          locale={{ emptyText: t('postPage.noHolders') }}
        />
      </Card>
      <ClaimDialog post={claiming ? post : null} onClose={() => setClaiming(false)} onReload={refresh} />
    </Flex>
  );
}
