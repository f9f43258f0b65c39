import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Outlet, RouterProvider, createBrowserRouter } from 'react-router';
import { AuthProvider } from './auth/AuthProvider';
import { Allowed, HomeRedirect, RequireAuth } from './auth/guards';
import { I18nProvider } from './i18n';
import { AppShell } from './layout/AppShell';
import { PageLoading } from './layout/PageLoading';

/**
 * Each route loads its own chunk (and the antd components only it uses). The auth layer sits inside
 * the router (it sends people to /login) and around every route; all but /login need a signed-in user,
 * and each group of routes names the roles it is for.
 */
const router = createBrowserRouter([
  {
    element: (
      <AuthProvider>
        <Outlet />
      </AuthProvider>
    ),
    hydrateFallbackElement: <PageLoading />,
    children: [
      { path: 'login', lazy: () => import('./routes/login').then(asRoute) },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'home', lazy: () => import('./routes/home').then(asRoute) },
          {
            element: <Allowed when={(access) => access.manageUnits} />,
            children: [
              { path: 'units', lazy: () => import('./routes/units/list').then(asRoute) },
              { path: 'units/tree', lazy: () => import('./routes/units/tree').then(asRoute) },
              { path: 'units/new', lazy: () => import('./routes/units/create').then(asRoute) },
            ],
          },
          {
            element: <Allowed when={(access) => access.readAudit} />,
            children: [{ path: 'audit', lazy: () => import('./routes/audit').then(asRoute) }],
          },
          {
            element: <Allowed when={(access, { id }) => access.canOpenUnit(id)} />,
            children: [{ path: 'units/:id', lazy: () => import('./routes/units/show').then(asRoute) }],
          },
          {
            element: <Allowed when={(access, { id }) => access.canEditUnit(id)} />,
            children: [{ path: 'units/:id/edit', lazy: () => import('./routes/units/edit').then(asRoute) }],
          },
          { path: '*', lazy: () => import('./layout/NotFound').then(asRoute) },
        ],
      },
    ],
  },
]);

function asRoute(module: { default: React.ComponentType }) {
  return { Component: module.default };
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>
  </StrictMode>,
);
