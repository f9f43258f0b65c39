import { UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusTag } from '../../components/UnitTags';
import { graphql } from '../../gql';
import type { TreeUnitFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';

graphql(`
  fragment TreeUnit on Unit {
    id
    name
    level
    status
    childCount
  }
`);

const TreeRootsQuery = graphql(`
  query TreeRoots($first: Int!, $after: String) {
    units(first: $first, after: $after, filter: { rootsOnly: true }) {
      edges {
        node {
          ...TreeUnit
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const TreeChildrenQuery = graphql(`
  query TreeChildren($id: ID!, $first: Int!, $after: String) {
    unit(id: $id) {
      id
      children(first: $first, after: $after) {
        edges {
          node {
            ...TreeUnit
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

const PAGE = 50;

/** A tree node: a unit, or the 加载更多 placeholder at the end of a partly loaded level. */
type Node = TreeDataNode & { unit?: TreeUnitFragment; more?: { parentId: string | null; after: string } };
type Page = { edges: readonly { node: TreeUnitFragment }[]; pageInfo: { endCursor?: string | null; hasNextPage: boolean } };

function toNodes(page: Page, parentId: string | null): Node[] {
  const nodes: Node[] = page.edges.map(({ node }) => ({
    key: node.id,
    unit: node,
    isLeaf: node.childCount === 0,
  }));
  if (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
    const after = page.pageInfo.endCursor;
    nodes.push({ key: `more:${parentId ?? 'root'}:${after}`, isLeaf: true, more: { parentId, after }, selectable: false });
  }
  return nodes;
}

/** Puts `children` under `parentId` (null: the roots), replacing a 加载更多 node when `replacing` is given. */
function attach(nodes: Node[], parentId: string | null, children: Node[], replacing?: React.Key): Node[] {
  if (parentId === null) return replacing ? nodes.flatMap((n) => (n.key === replacing ? children : [n])) : children;
  return nodes.map((n) => {
    if (n.key === parentId) {
      const existing = (n.children ?? []) as Node[];
      const next = replacing ? existing.flatMap((c) => (c.key === replacing ? children : [c])) : children;
      return { ...n, children: next };
    }
    return n.children ? { ...n, children: attach(n.children as Node[], parentId, children, replacing) } : n;
  });
}

/** /units/tree: the organisation tree; roots first, each level loaded when opened. */
export default function UnitTreePage() {
  const t = useT();
  const client = useClient();
  const [nodes, setNodes] = useState<Node[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [loadingMore, setLoadingMore] = useState<React.Key | null>(null);

  const fetchPage = useCallback(
    async (parentId: string | null, after: string | null): Promise<Node[] | null> => {
      const result = parentId
        ? await client.query(TreeChildrenQuery, { id: parentId, first: PAGE, after }).toPromise()
        : await client.query(TreeRootsQuery, { first: PAGE, after }).toPromise();
      if (result.error) {
        setProblem(toProblem(result.error));
        return null;
      }
      setProblem(null);
      const data = result.data;
      const page = data && ('units' in data ? data.units : data.unit?.children);
      return page ? toNodes(page, parentId) : [];
    },
    [client],
  );

  const loadRoots = useCallback(async () => {
    const roots = await fetchPage(null, null);
    if (roots) setNodes(roots);
  }, [fetchPage]);

  useEffect(() => {
    void loadRoots();
  }, [loadRoots]);

  async function loadChildren(node: Node) {
    if (!node.unit || node.children) return;
    const children = await fetchPage(node.unit.id, null);
    if (children) setNodes((current) => attach(current ?? [], node.unit!.id, children));
  }

  async function loadMore(node: Node) {
    if (!node.more) return;
    setLoadingMore(node.key);
    const next = await fetchPage(node.more.parentId, node.more.after);
    setLoadingMore(null);
    if (next) setNodes((current) => attach(current ?? [], node.more!.parentId, next, node.key));
  }

  return (
    <Card
      title={t('units.tree')}
      extra={
        <Link to="/units">
          <Button icon={<UnorderedListOutlined />}>{t('units.listView')}</Button>
        </Link>
      }
    >
      <ProblemAlert problem={problem} onRetry={() => void loadRoots()} />
      <Typography.Paragraph type="secondary">{t('units.treeHint')}</Typography.Paragraph>
      {nodes === null && !problem ? (
        <Spin />
      ) : (
        <Tree<Node>
          showLine
          blockNode
          treeData={nodes ?? []}
          loadData={loadChildren}
          selectable={false}
          titleRender={(node) =>
            node.more ? (
              <Button
                type="link"
                size="small"
                loading={loadingMore === node.key}
                onClick={() => void loadMore(node)}
                style={{ padding: 0 }}
              >
                {t('units.loadMore')}
              </Button>
            ) : node.unit ? (
              <Space size={8} data-unit-id={node.unit.id}>
                <Link to={`/units/${node.unit.id}`}>{node.unit.name}</Link>
                <Typography.Text type="secondary">{t(enumLabel.level(node.unit.level))}</Typography.Text>
                <StatusTag status={node.unit.status} />
                {node.unit.childCount > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    ({node.unit.childCount})
                  </Typography.Text>
                )}
              </Space>
            ) : null
          }
        />
      )}
    </Card>
  );
}
