import causes from './causes.json';
import facts from './facts.json';
import findings from './findings.json';
import meta from './flow.json';
import outcomes from './outcomes.json';
import professionalCare from './professional-care.json';
import rules from './rules.json';
import screens from './screens.json';
import selfCare from './self-care.json';
import sources from './sources.json';

/**
 * The back-spasms flow as its files hold it: the text names what differs by place as {{term}}, and
 * outcomes name services by id. flows/index.ts puts it in a region's words and checks it.
 */
export const backSpasmsParts = {
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
  selfCare: selfCare.selfCare,
  professionalCare: professionalCare.professionalCare,
} as const;
