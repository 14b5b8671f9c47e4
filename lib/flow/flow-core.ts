import type { Flow, Outcome } from './flow-schema';

/**
 * The parts of a flow the browser needs to run the check: facts, screens, findings, rules and what the
 * result page works out. The copy that is the same for everyone (outcome text, the self-care plan, what a
 * professional may offer) is rendered on the server instead, so it is not sent twice.
 */
export type FlowCore = Pick<Flow, 'id' | 'version' | 'title' | 'facts' | 'sources' | 'findings' | 'screens' | 'rules' | 'causes'> & {
  readonly outcomes: Readonly<Record<string, Pick<Outcome, 'tier' | 'title' | 'plan' | 'safetyNet'>>>;
  readonly selfCare: Pick<Flow['selfCare'], 'extraAdvice'>;
};

export function toFlowCore(flow: Flow): FlowCore {
  const { id, version, title, facts, sources, findings, screens, rules, causes } = flow;
  return {
    id,
    version,
    title,
    facts,
    sources,
    findings,
    screens,
    rules,
    causes,
    outcomes: Object.fromEntries(
      Object.entries(flow.outcomes).map(([key, { tier, title: heading, plan, safetyNet }]) => [key, { tier, title: heading, plan, safetyNet }]),
    ),
    selfCare: { extraAdvice: flow.selfCare.extraAdvice },
  };
}
