import { lazy, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useParams, type Params } from 'react-router';
import { homePath, loginPath, type Access } from './access';
import { useAuth } from './AuthProvider';

const Forbidden = lazy(() => import('../layout/Forbidden'));

/**
 * Signed-out visitors go to /login, which brings them back here (`?next=`) once signed in; after
 * 退出登录 it is plain /login.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, endedBy } = useAuth();
  const location = useLocation();
  if (!viewer) return <Navigate to={endedBy === 'sign-out' ? '/login' : loginPath(location)} replace />;
  return children;
}

/**
 * A group of routes only some roles may use: the others get the 无权访问 page rather than a page whose
 * every request the API would refuse. The API decides in the end; this only spares the dead end.
 */
export function Allowed({ when }: { when: (access: Access, params: Params) => boolean }) {
  const { access } = useAuth();
  const params = useParams();
  return when(access, params) ? <Outlet /> : <Forbidden />;
}

/** `/`: the viewer's home. */
export function HomeRedirect() {
  const { access } = useAuth();
  return <Navigate to={homePath(access)} replace />;
}
