import type { Flow, Outcome } from './flow-schema';

/**
 * The parts of a flow the browser needs to run the check: facts, screens, findings, rules and what the
 * result page works out, without the notes for reviewers. The copy that is the same for everyone
 * (outcome text, the self-care plan, what a professional may offer) is rendered on the server instead,
 * so it is not sent twice.
 */
export type FlowCore = Pick<Flow, 'id' | 'version' | 'title' | 'facts' | 'sources' | 'findings' | 'screens' | 'rules' | 'causes'> & {
  readonly outcomes: Readonly<Record<string, Pick<Outcome, 'tier' | 'title' | 'plan' | 'safetyNet'>>>;
  readonly selfCare: Pick<Flow['selfCare'], 'extraAdvice'>;
  readonly professionalCare: Pick<Flow['professionalCare'], 'when' | 'advice'>;
};

/** A part without its note for reviewers, which is never shown to the person and so never sent to them. */
function withoutNote<T extends { readonly note?: string }>(part: T): T {
  const { note: _note, ...rest } = part;
  return rest as T;
}

const eachWithoutNote = <T extends { readonly note?: string }>(parts: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(parts).map(([key, part]) => [key, withoutNote(part)]));

export function toFlowCore(flow: Flow): FlowCore {
  const { id, version, title, facts, sources, findings, screens, rules, causes } = flow;
  return {
    id,
    version,
    title,
    facts: eachWithoutNote(facts),
    sources: eachWithoutNote(sources),
    findings: eachWithoutNote(findings),
    screens,
    rules: rules.map(withoutNote),
    causes: causes.map(withoutNote),
    outcomes: Object.fromEntries(
      Object.entries(flow.outcomes).map(([key, { tier, title: heading, plan, safetyNet }]) => [key, { tier, title: heading, plan, safetyNet }]),
    ),
    selfCare: { extraAdvice: flow.selfCare.extraAdvice },
    professionalCare: { when: flow.professionalCare.when, advice: flow.professionalCare.advice },
  };
}
