import { Link } from 'react-router';
import { useAccess } from '../auth/AuthProvider';

/** A unit's name, linked to its page when this viewer may open it (a liaison only its own unit). */
export function UnitLink({ id, name }: { id: string; name: string }) {
  const access = useAccess();
  return access.canOpenUnit(id) ? <Link to={`/units/${id}`}>{name}</Link> : <>{name}</>;
}
