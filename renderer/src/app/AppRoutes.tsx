import { Navigate, Route, Routes } from 'react-router-dom';
import { BoardPage } from '../pages/board/BoardPage';
import { CohortPage } from '../pages/cohorts/CohortPage';
import { CataloguePage } from '../pages/competencies/CataloguePage';
import { PersonCompetenciesPage } from '../pages/competencies/PersonCompetenciesPage';
import { FormEditPage, FormNewPage } from '../pages/evaluations/FormEditorPage';
import { FormDetailPage } from '../pages/evaluations/FormDetailPage';
import { FormsPage } from '../pages/evaluations/FormsPage';
import { PairingEvaluationsPage } from '../pages/evaluations/PairingEvaluationsPage';
import { PlansPage } from '../pages/evaluations/PlansPage';
import { RespondPage } from '../pages/evaluations/RespondPage';
import { GoalsPage } from '../pages/goals/GoalsPage';
import { GoalTemplatesPage } from '../pages/goals/GoalTemplatesPage';
import { PairingGoalsPage } from '../pages/goals/PairingGoalsPage';
import { PairingMeetingsPage } from '../pages/meetings/PairingMeetingsPage';
import { PairingDetailPage } from '../pages/pairings/PairingDetailPage';
import { MenuCommands } from '../pages/printing/MenuCommands';
import { PrintPreviewPage } from '../pages/printing/PrintPreviewPage';
import { StaffDetailPage } from '../pages/people/StaffDetailPage';
import { StaffEditPage, StaffNewPage } from '../pages/people/StaffFormPages';
import { ProgramDetailPage } from '../pages/programs/ProgramDetailPage';
import { ProgramNewPage } from '../pages/programs/ProgramNewPage';
import { TrainingModulesPage } from '../pages/training/ModulesPage';
import { PersonTrainingPage } from '../pages/training/PersonTrainingPage';
import { Layout } from './Layout';
import { PLACES } from './places';

export function AppRoutes() {
  return (
    <>
      <MenuCommands />
      <Routes>
        <Route element={<Layout />}>
          {PLACES.map((place) =>
            place.path === '' ? (
              <Route key="index" index element={place.element} />
            ) : (
              <Route key={place.path} path={place.path} element={place.element} />
            ),
          )}
          <Route path="people/new" element={<StaffNewPage />} />
          <Route path="people/:id" element={<StaffDetailPage />} />
          <Route path="people/:id/edit" element={<StaffEditPage />} />
          <Route path="programs/new" element={<ProgramNewPage />} />
          <Route path="programs/:id" element={<ProgramDetailPage />} />
          <Route path="cohorts/:id" element={<CohortPage />} />
          <Route path="board/:cohortId" element={<BoardPage />} />
          <Route path="pairings/:id" element={<PairingDetailPage />} />
          <Route path="meetings/pairings/:id" element={<PairingMeetingsPage />} />
          <Route path="competencies/catalogue" element={<CataloguePage />} />
          <Route path="competencies/people/:id" element={<PersonCompetenciesPage />} />
          <Route path="pairings/:id/goals" element={<PairingGoalsPage />} />
          <Route path="goals/templates" element={<GoalTemplatesPage />} />
          <Route path="goals/:cohortId" element={<GoalsPage />} />
          <Route path="training/modules" element={<TrainingModulesPage />} />
          <Route path="training/people/:id" element={<PersonTrainingPage />} />
          <Route path="evaluations/forms" element={<FormsPage />} />
          <Route path="evaluations/forms/new" element={<FormNewPage />} />
          <Route path="evaluations/forms/:id" element={<FormDetailPage />} />
          <Route path="evaluations/forms/:id/edit" element={<FormEditPage />} />
          <Route path="evaluations/plans" element={<PlansPage />} />
          <Route path="evaluations/respond" element={<RespondPage />} />
          <Route path="pairings/:id/evaluations" element={<PairingEvaluationsPage />} />
          <Route path="print" element={<PrintPreviewPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </>
  );
}
