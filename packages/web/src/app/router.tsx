// Every page of the app. Each page is its own chunk, loaded when first visited, so a client's phone never
// downloads the clinician's screens and the first page stays small.
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { Role } from '../api/types.ts';
import { NotFound } from './NotFound.tsx';

type Page = () => Promise<{ default: ComponentType }>;
const page = (load: Page): Pick<RouteObject, 'lazy'> => ({ lazy: async () => ({ Component: (await load()).default }) });

const clinician: RouteObject[] = [
  { index: true, ...page(() => import('../clinician/Today.tsx')) },
  { path: 'clients', ...page(() => import('../clinician/Clients.tsx')) },
  { path: 'clients/new', ...page(() => import('../clinician/NewClient.tsx')) },
  { path: 'clients/:clientId', ...page(() => import('../clinician/ClientPage.tsx')) },
  { path: 'episodes/:episodeId/intake', ...page(() => import('../clinician/Intake.tsx')) },
  { path: 'episodes/:episodeId/assessment', ...page(() => import('../clinician/Assessment.tsx')) },
  { path: 'episodes/:episodeId/plan', ...page(() => import('../clinician/Plan.tsx')) },
  { path: 'episodes/:episodeId/visit', ...page(() => import('../clinician/Visit.tsx')) },
  { path: 'episodes/:episodeId/progress', ...page(() => import('../clinician/Progress.tsx')) },
  { path: 'episodes/:episodeId/referral', ...page(() => import('../clinician/Referral.tsx')) },
  { path: 'episodes/:episodeId/discharge', ...page(() => import('../clinician/Discharge.tsx')) },
  { path: 'outcomes', ...page(() => import('../clinician/Outcomes.tsx')) },
];

const portal: RouteObject[] = [
  { index: true, ...page(() => import('../portal/Today.tsx')) },
  { path: 'progress', ...page(() => import('../portal/Progress.tsx')) },
  { path: 'learn', ...page(() => import('../portal/Learn.tsx')) },
  { path: 'appointments', ...page(() => import('../portal/Appointments.tsx')) },
  { path: 'flare-up', ...page(() => import('../portal/FlareUp.tsx')) },
];

export function routerFor(role: Role) {
  const home = role === 'client' ? '/portal' : '/clinic';
  return createBrowserRouter([
    { path: '/', element: <Navigate to={home} replace /> },
    role === 'client'
      ? { path: '/portal', ...page(() => import('./PortalShell.tsx')), children: portal }
      : { path: '/clinic', ...page(() => import('./ClinicianShell.tsx')), children: clinician },
    { path: role === 'client' ? '/clinic/*' : '/portal/*', element: <Navigate to={home} replace /> },
    { path: '*', element: <NotFound /> },
  ]);
}
