import { printRequest, type PrintRequest } from '../../../../shared/domain/printing';
import { currentPrintTarget } from './printTarget';
import { previousQuarterText } from './quarters';

/** The preview's address for a request: `/print?kind=packet&pairingId=12&quarter=2026-Q3`. */
export function printPath(request: PrintRequest): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (value !== null && value !== undefined) params.set(key, String(value));
  }
  return `/print?${params.toString()}`;
}

const NUMBER_KEYS = ['pairingId', 'cohortId', 'formVersionId', 'milestoneId', 'programId'] as const;

/** The request a preview address names, or null when it names none (or a malformed one). */
export function requestFromSearch(search: URLSearchParams): PrintRequest | null {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of search) raw[key] = value;
  for (const key of NUMBER_KEYS) {
    const value = search.get(key);
    if (value !== null) raw[key] = /^\d+$/.test(value) ? Number(value) : value;
  }
  const parsed = printRequest.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Where a page's "Go back" leads from the preview: the record the document is about. */
export function sourcePath(request: PrintRequest): { path: string; label: string } {
  switch (request.kind) {
    case 'packet':
    case 'pairingCertificate':
      return { path: `/pairings/${request.pairingId}`, label: 'Pairing' };
    case 'cohortPacket':
      return { path: `/cohorts/${request.cohortId}`, label: 'Cohort' };
    case 'blankForm':
      return request.pairingId
        ? { path: `/pairings/${request.pairingId}/evaluations`, label: 'Pairing’s evaluations' }
        : { path: '/evaluations/forms', label: 'Forms' };
    case 'milestoneCertificate':
      return { path: '/goals', label: 'Goals' };
    case 'outcomesReport':
      return { path: '/outcomes', label: 'Outcomes' };
  }
}

const idAfter = (pathname: string, pattern: RegExp): number | null => {
  const match = pattern.exec(pathname);
  return match ? Number(match[1]) : null;
};

/**
 * What File ▸ Print… (Ctrl+P) prints from the page being shown: a pairing's packet for the
 * previous quarter, a cohort's packets, or what the page itself declared (a form's blank copy).
 * Pages with nothing to print lead to the preview's page that says where printing starts.
 */
export function printRouteFor(pathname: string, search: URLSearchParams): string {
  if (pathname === '/print') return `/print?${search.toString()}`;
  const registered = currentPrintTarget();
  if (registered !== null) return registered;
  const quarter = previousQuarterText();
  const pairingId =
    idAfter(pathname, /^\/pairings\/(\d+)/) ?? idAfter(pathname, /^\/meetings\/pairings\/(\d+)/);
  if (pairingId !== null) return printPath({ kind: 'packet', pairingId, quarter });
  const cohortId =
    idAfter(pathname, /^\/cohorts\/(\d+)/) ??
    idAfter(pathname, /^\/board\/(\d+)/) ??
    idAfter(pathname, /^\/goals\/(\d+)$/);
  if (cohortId !== null) return printPath({ kind: 'cohortPacket', cohortId, quarter });
  return '/print';
}
