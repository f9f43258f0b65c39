import { useQuery } from 'urql';
import { useAccess } from '../../auth/AuthProvider';
import { graphql } from '../../gql';

const LedgerOwnUnitQuery = graphql(`
  query LedgerOwnUnit($id: ID!) {
    unit(id: $id) {
      id
      name
    }
  }
`);

/** A liaison's own unit (the one it raises for, handles for and signs off for); null for the secretariat, and until read. */
export function useLedgerOwnUnit(): { unit: { id: string; name: string } | null; fetching: boolean } {
  const id = useAccess().ledgerUnitId;
  const [{ data, fetching }] = useQuery({ query: LedgerOwnUnitQuery, variables: { id: id ?? '' }, pause: !id });
  return { unit: id ? (data?.unit ?? null) : null, fetching: Boolean(id) && fetching };
}
