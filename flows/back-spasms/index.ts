import { parseFlow } from '@/lib/flow/parse-flow';
import causes from './causes.json';
import facts from './facts.json';
import findings from './findings.json';
import meta from './flow.json';
import outcomes from './outcomes.json';
import professionalCare from './professional-care.json';
import rules from './rules.json';
import screens from './screens.json';
import selfCare from './self-care.json';
import services from './services.json';
import sources from './sources.json';

/** The back-spasms flow, assembled from its parts and checked once, when first imported. */
export const backSpasmsFlow = parseFlow({
  id: meta.id,
  version: meta.version,
  date: meta.date,
  title: meta.title,
  description: meta.description,
  audience: meta.audience,
  facts: facts.facts,
  sources: sources.sources,
  findings: findings.findings,
  screens: screens.screens,
  rules: rules.rules,
  outcomes: outcomes.outcomes,
  causes: causes.causes,
  services: services.services,
  selfCare: selfCare.selfCare,
  professionalCare: professionalCare.professionalCare,
});
