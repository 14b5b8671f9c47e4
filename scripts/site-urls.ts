/**
 * The site's URLs the platform's browser tests (e2e/security-headers.spec.ts, e2e/nginx.spec.ts) and the
 * benchmarks (scripts/bench/) use, in one place:.
 */
export const SITE_URLS = {
  /** The start page. */
  start: '/',
  /** A page of the wizard: the first question, in the UK's words. */
  wizard: '/check/back-spasms/uk',
  /** A URL nothing answers. */
  missing: '/no-such-page',
  /** A cheap API GET, served by an app instance. */
  health: '/api/health',
  triage: '/api/triage',
  flow: '/api/flows/back-spasms',
} as const;

/** A patient the API triages (POST /api/triage). */
export const PATIENT = { age: 34, sex: 'male', durationDays: 2, findings: ['recent_strain_or_lifting'] } as const;

