import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { client } from './api/client';
import { I18nProvider } from './i18n';
import { AppShell } from './layout/AppShell';
import { PageLoading } from './layout/PageLoading';

/** Each route loads its own chunk (and the antd components only it uses). */
const router = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, element: <Navigate to="/units" replace /> },
      { path: 'units', lazy: () => import('./routes/units/list').then(asRoute) },
      { path: 'units/tree', lazy: () => import('./routes/units/tree').then(asRoute) },
      { path: 'units/new', lazy: () => import('./routes/units/create').then(asRoute) },
      { path: 'units/:id', lazy: () => import('./routes/units/show').then(asRoute) },
      { path: 'units/:id/edit', lazy: () => import('./routes/units/edit').then(asRoute) },
      { path: '*', lazy: () => import('./layout/NotFound').then(asRoute) },
    ],
  },
]);

function asRoute(module: { default: React.ComponentType }) {
  return { Component: module.default };
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <UrqlProvider value={client}>
        <RouterProvider router={router} />
      </UrqlProvider>
    </I18nProvider>
  </StrictMode>,
);
