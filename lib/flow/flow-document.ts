import type { Flow } from './flow-schema';

/**
 * A flow as GET /api/flows/{id} publishes it: everything a client needs to render its own
 * questionnaire and explain the outcome. Listed field by field so that what is public is a choice.
 */
export function flowDocument(flow: Flow) {
  return {
    id: flow.id,
    version: flow.version,
    date: flow.date,
    title: flow.title,
    description: flow.description,
    audience: flow.audience,
    facts: flow.facts,
    screens: flow.screens,
    findings: flow.findings,
    rules: flow.rules,
    outcomes: flow.outcomes,
    causes: flow.causes,
    region: flow.region,
    services: flow.services,
    selfCare: flow.selfCare,
    professionalCare: flow.professionalCare,
    sources: flow.sources,
  };
}
