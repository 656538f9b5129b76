// The main menu per role. Plain data, so the job-seeker bundle does not pull in the staff areas' pages.
import type { Schemas } from './api/client';

export interface NavItem {
  to: string;
  /** Translation key of the link text. */
  label: string;
  /** Only active on an exact match (a menu entry whose path prefixes the others'). */
  end?: boolean;
}

export const NAVIGATION: Record<Schemas['AccountDto']['role'], NavItem[]> = {
  job_seeker: [
    { to: '/jobs', label: 'nav.search' },
    { to: '/matches', label: 'nav.matches' },
    { to: '/profile', label: 'nav.profile' },
    { to: '/applications', label: 'nav.applications' },
    { to: '/privacy', label: 'nav.privacy' },
  ],
  recruiter: [
    { to: '/employer', label: 'employer.nav.vacancies', end: true },
    { to: '/employer/vacancies/new', label: 'employer.nav.newVacancy' },
    { to: '/employer/organisation', label: 'employer.nav.organisation' },
  ],
  mediator: [
    { to: '/mediator', label: 'mediator.nav.caseload', end: true },
    { to: '/mediator/clients/new', label: 'mediator.nav.newClient' },
  ],
  admin: [
    { to: '/city', label: 'city.nav.home', end: true },
    { to: '/city/werkpunten', label: 'city.nav.werkpunten' },
    { to: '/city/insights', label: 'city.nav.insights' },
  ],
};

export const ANONYMOUS_NAVIGATION: NavItem[] = [
  { to: '/jobs', label: 'nav.search' },
  { to: '/login', label: 'nav.logIn' },
  { to: '/register', label: 'nav.register' },
];

/** Where a role lands after logging in. */
export function homeOf(role: Schemas['AccountDto']['role']): string {
  return NAVIGATION[role][role === 'job_seeker' ? 1 : 0].to;
}
