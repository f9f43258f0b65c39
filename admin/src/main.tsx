import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Outlet, RouterProvider, createBrowserRouter } from 'react-router';
import { AREAS } from './areas';
import { areaRoutes, asRoute } from './areas/routes';
import { AuthProvider } from './auth/AuthProvider';
import { HomeRedirect, RequireAuth } from './auth/guards';
import { I18nProvider } from './i18n';
import { AppShell } from './layout/AppShell';
import { PageLoading } from './layout/PageLoading';

/**
 * The auth layer sits inside the router (it sends people to /login) and around every route; all but
 * /login need a signed-in user. The pages are the areas' (`areas/index.ts`): each a lazy chunk (with the
 * antd components only it uses), each naming who may open it.
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
          ...areaRoutes(AREAS),
          { path: '*', lazy: () => import('./layout/NotFound').then(asRoute) },
        ],
      },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>
  </StrictMode>,
);
