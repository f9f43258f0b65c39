import { Alert, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { useAccess } from '../../auth/AuthProvider';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { COMMUNITY_KINDS } from '../../i18n/enums';

const EngagementOwnUnitQuery = graphql(`
  query EngagementOwnUnit($id: ID!) {
    unit(id: $id) {
      id
      name
      hostKind
    }
  }
`);

export interface EngagementScope {
  /** The unit the page shows: a liaison's own, or the one the secretariat picked (the URL's). Null: none yet. */
  unitId: string | null;
  /** A liaison's own unit, once read. */
  own: { id: string; name: string } | null;
  /** Its own unit is read still (a liaison). */
  loading: boolean;
  /** A page for communities, and the liaison's unit is no 村/社区. */
  notCommunity: boolean;
}

/**
 * Which unit an engagement page is about. The secretariat picks one (kept in the URL); a liaison's is always its own
 * unit, which for the community pages (inbox, posts) must be a 村 or 社区 — what the API's policy grants its liaison.
 */
export function useEngagementScope(picked: string | null, communitiesOnly: boolean): EngagementScope {
  const access = useAccess();
  const id = access.engagementUnitId;
  const [{ data, fetching }] = useQuery({ query: EngagementOwnUnitQuery, variables: { id: id ?? '' }, pause: !id });
  if (!id) return { unitId: picked, own: null, loading: false, notCommunity: false };
  const own = data?.unit ?? null;
  const notCommunity = communitiesOnly && Boolean(own) && !COMMUNITY_KINDS.includes(own!.hostKind);
  return { unitId: notCommunity ? null : id, own, loading: fetching && !own, notCommunity };
}

/** The unit the page is about: the secretariat's picker, or the liaison's own unit's name. */
export function ScopeField({
  scope,
  communitiesOnly,
  onPick,
}: {
  scope: EngagementScope;
  communitiesOnly: boolean;
  onPick: (unitId: string | null) => void;
}) {
  const t = useT();
  const access = useAccess();
  const label = t(communitiesOnly ? 'engagement.community' : 'engagement.unit');
  if (!access.manageEngagement) {
    return (
      <Typography.Text strong data-testid="engagement-scope">
        {scope.own?.name}
      </Typography.Text>
    );
  }
  return (
    <UnitPicker
      aria-label={label}
      placeholder={t(communitiesOnly ? 'engagement.communityPlaceholder' : 'engagement.unitPlaceholder')}
      hostKinds={communitiesOnly ? COMMUNITY_KINDS : undefined}
      value={scope.unitId}
      onChange={onPick}
      style={{ width: 260 }}
    />
  );
}

/** A community page a liaison of another kind of unit opened: says what it is for. */
export function OnlyCommunities({ title }: { title: ReactNode }) {
  const t = useT();
  return (
    <Card title={title}>
      <Alert type="info" showIcon title={t('engagement.onlyCommunities')} />
    </Card>
  );
}
