import { Navigate, Route, Routes } from 'react-router-dom';
import { StaffDetailPage } from '../pages/people/StaffDetailPage';
import { StaffEditPage, StaffNewPage } from '../pages/people/StaffFormPages';
import { Layout } from './Layout';
import { PLACES } from './places';

export function AppRoutes() {
  return (
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
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
