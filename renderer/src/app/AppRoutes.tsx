/** Routes of the open workspace (hash router): one per module; anything else → dashboard. */
import { Navigate, Route, Routes } from 'react-router';
import type { WorkspaceStatus } from '../../../shared/contract/workspace';
import { ActionsPage } from '../features/actions/ActionsPage';
import { AgenciesPage } from '../features/agencies/AgenciesPage';
import { AgencyDetailPage } from '../features/agencies/AgencyDetailPage';
import { ImportPage } from '../features/agencies/import/ImportPage';
import { AgreementsPage } from '../features/agreements/AgreementsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BodiesPage } from '../features/bodies/BodiesPage';
import { BodyDetailPage } from '../features/bodies/BodyDetailPage';
import { CasePage } from '../features/cases/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DecisionsPage } from '../features/decisions/DecisionsPage';
import { DocumentsPage } from '../features/exports/DocumentsPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { NapActivityPage } from '../features/nap/activity/NapActivityPage';
import { NapPage } from '../features/nap/NapPage';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrainingsPage } from '../features/trainings/TrainingsPage';
import { AppLayout } from './AppLayout';
import { DEFAULT_PATH } from './navigation';

export function AppRoutes({ status }: { status: WorkspaceStatus }) {
  return (
    <Routes>
      <Route element={<AppLayout status={status} />}>
        <Route index element={<Navigate to={DEFAULT_PATH} replace />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="meetings" element={<MeetingsPage />} />
        <Route path="meetings/:id/:tab?" element={<MeetingPage />} />
        <Route path="decisions" element={<DecisionsPage />} />
        <Route path="actions" element={<ActionsPage />} />
        <Route path="agencies" element={<AgenciesPage tab="register" />} />
        <Route path="agencies/matrix" element={<AgenciesPage tab="matrix" />} />
        <Route path="agencies/import" element={<ImportPage />} />
        <Route path="agencies/:id" element={<AgencyDetailPage />} />
        <Route path="bodies" element={<BodiesPage />} />
        <Route path="bodies/:id" element={<BodyDetailPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="nap" element={<NapPage />} />
        <Route path="nap/:planId/activities/:activityId" element={<NapActivityPage />} />
        <Route path="nap/:planId/:tab?" element={<NapPage />} />
        <Route path="agreements" element={<AgreementsPage />} />
        <Route path="trainings" element={<TrainingsPage />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to={DEFAULT_PATH} replace />} />
      </Route>
    </Routes>
  );
}
