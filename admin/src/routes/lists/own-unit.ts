import { useQuery } from 'urql';
import { useAccess } from '../../auth/AuthProvider';
import { graphql } from '../../gql';
import { COMMUNITY_KINDS } from '../../i18n/enums';

const ListsOwnUnitQuery = graphql(`
  query ListsOwnUnit($id: ID!) {
    unit(id: $id) {
      id
      name
      hostKind
    }
  }
`);

/**
 * A liaison's own unit (its name, and whether it is a 村/社区 that collects needs); null for the secretariat,
 * and until it is read.
 */
export function useOwnUnit(): { unit: { id: string; name: string } | null; isCommunity: boolean; fetching: boolean } {
  const access = useAccess();
  const id = access.listsUnitId;
  const [{ data, fetching }] = useQuery({ query: ListsOwnUnitQuery, variables: { id: id ?? '' }, pause: !id });
  const unit = id ? (data?.unit ?? null) : null;
  return { unit, isCommunity: Boolean(unit && COMMUNITY_KINDS.includes(unit.hostKind)), fetching: Boolean(id) && fetching };
}
