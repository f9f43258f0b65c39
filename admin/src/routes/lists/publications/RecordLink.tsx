import { Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { PublishableType } from '../../../gql/graphql';
import { useT } from '../../../i18n';

const NeedTitleQuery = graphql(`
  query PublishedNeedTitle($id: ID!) {
    need(id: $id) {
      id
      title
    }
  }
`);
const ResourceTitleQuery = graphql(`
  query PublishedResourceTitle($id: ID!) {
    resource(id: $id) {
      id
      title
    }
  }
`);
const ProjectTitleQuery = graphql(`
  query PublishedProjectTitle($id: ID!) {
    project(id: $id) {
      id
      title
    }
  }
`);

/**
 * A published record's title, linked to its page. `Publication` carries the record's id only (the contract
 * keeps it small), so each row reads its record's title: one small cached query per row of a 20-row page.
 */
export function RecordLink({ type, id, year, onTitle }: { type: PublishableType; id: string; year: number; onTitle?: (title: string) => void }) {
  const t = useT();
  const variables = { id };
  const [need] = useQuery({ query: NeedTitleQuery, variables, pause: type !== 'NEED' });
  const [resource] = useQuery({ query: ResourceTitleQuery, variables, pause: type !== 'RESOURCE' });
  const [project] = useQuery({ query: ProjectTitleQuery, variables, pause: type !== 'PROJECT' });
  const state = type === 'NEED' ? need : type === 'RESOURCE' ? resource : project;
  const record = need.data?.need ?? resource.data?.resource ?? project.data?.project;
  if (!state.data) return <Typography.Text type="secondary">…</Typography.Text>;
  if (!record) return <Typography.Text type="secondary">{t('publications.recordMissing', { id })}</Typography.Text>;
  onTitle?.(record.title);
  const to = type === 'NEED' ? `/lists/needs/${id}` : type === 'PROJECT' ? `/lists/projects/${id}` : `/lists/resources?year=${year}`;
  return <Link to={to}>{record.title}</Link>;
}
