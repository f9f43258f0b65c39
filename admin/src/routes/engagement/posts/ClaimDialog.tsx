import { App, Form, Modal, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const ClaimMemberOptionsQuery = graphql(`
  query ClaimMemberOptions($first: Int!, $filter: MemberFilter) {
    members(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
          unit {
            id
            name
          }
        }
      }
    }
  }
`);
/** The community's confirmed reporters: the members a community's liaison may put on a post but not read on the roster. */
const ClaimReporterOptionsQuery = graphql(`
  query ClaimReporterOptions($communityUnitId: ID!) {
    communityReports(first: 100, filter: { communityUnitId: $communityUnitId, status: CONFIRMED }) {
      edges {
        node {
          id
          memberId
          memberName
          memberUnit {
            id
            name
          }
        }
      }
    }
  }
`);
const ClaimPostMutation = graphql(`
  mutation ClaimPost($postId: ID!, $memberId: ID) {
    claimPost(postId: $postId, memberId: $memberId) {
      memberId
      memberName
      claimedAt
    }
  }
`);

interface MemberOption {
  id: string;
  name: string;
  unitName: string;
  reported: boolean;
}

const SEARCH_DELAY_MS = 250;
const OPTIONS = 20;

interface Props {
  post: { id: string; title: string; communityUnitId: string } | null;
  onClose: () => void;
  onReload: () => void;
}

/**
 * 认岗 for a member: found by the start of its name on the roster (`members`, as far as the caller may read it) and
 * among the community's confirmed reporters. Whether it may take the post (reported or living there, a place left) is
 * the API's to say: a refusal about the post (已满, 已关闭) shows above the form, one about the member at its field.
 */
export function ClaimDialog({ post, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const client = useClient();
  const [form] = Form.useForm<{ memberId?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, claimPost] = useMutation(ClaimPostMutation);
  const [search, setSearch] = useState('');
  const [loading, setLoading] = useState(false);
  const [found, setFound] = useState<MemberOption[]>([]);
  const [reporters, setReporters] = useState<MemberOption[]>([]);
  const request = useRef(0);
  const communityUnitId = post?.communityUnitId;

  useEffect(() => {
    if (!communityUnitId) return;
    let current = true;
    void client
      .query(ClaimReporterOptionsQuery, { communityUnitId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        const nodes = result.data?.communityReports.edges.map((e) => e.node) ?? [];
        setReporters(nodes.map((r) => ({ id: r.memberId, name: r.memberName, unitName: r.memberUnit?.name ?? '', reported: true })));
      });
    return () => {
      current = false;
    };
  }, [communityUnitId, client]);

  const postId = post?.id;
  useEffect(() => {
    if (!postId) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const namePrefix = search.trim() || undefined;
      const result = await client.query(ClaimMemberOptionsQuery, { first: OPTIONS, filter: { namePrefix } }, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== request.current) return;
      setFound((result.data?.members.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name, unitName: node.unit?.name ?? '', reported: false })));
      setLoading(false);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [postId, search, client]);

  const options = useMemo(() => {
    const prefix = search.trim();
    const byId = new Map<string, MemberOption>();
    for (const r of reporters.filter((m) => m.name.startsWith(prefix))) byId.set(r.id, r);
    for (const m of found) if (!byId.has(m.id)) byId.set(m.id, m);
    return [...byId.values()].map((m) => ({ value: m.id, label: m.name, title: m.name, unitName: m.unitName, reported: m.reported }));
  }, [reporters, found, search]);

  async function submit(values: { memberId?: string }) {
    if (!post || !values.memberId) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await claimPost({ postId: post.id, memberId: values.memberId }, { additionalTypenames: ['Post', 'CommunityReport'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('postClaim.done', { name: result.data!.claimPost.memberName }));
    onReload();
    onClose();
  }

  return (
    <Modal
      open={post !== null}
      title={t('postClaim.title', { title: post?.title ?? '' })}
      okText={t('postPage.claim')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || (setProblem(null), setSearch(''))}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('postClaim.hint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form form={form} name="claimPost" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="memberId" label={t('postClaim.member')} rules={[{ required: true, message: t('postClaim.memberRequired') }]}>
          <Select<string>
            placeholder={t('postClaim.memberPlaceholder')}
            options={options}
            showSearch={{ filterOption: false, onSearch: setSearch }}
            notFoundContent={loading ? <Spin size="small" /> : t('postClaim.noMatch')}
            optionRender={(option) => (
              <span>
                {option.label}
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                  {option.data.unitName}
                  {option.data.reported && ` · ${t('postClaim.reported')}`}
                </Typography.Text>
              </span>
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
