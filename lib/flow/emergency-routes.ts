import type { Flow } from './flow-schema';

export interface EmergencyRoute {
  /** The sign, as the first question lists it. */
  readonly sign: string;
  /** What its outcome says to do: "Call your midwife or the maternity unit now". */
  readonly action: string;
}

/**
 * The first question's signs whose emergency rule sends the person somewhere other than the
 * emergency number (a pregnancy sign: the maternity unit). The first question says "call 999 now"
 * under its signs; these say, in the same place, what the result will say, so the two agree.
 */
export function emergencyRoutes(flow: Pick<Flow, 'screens' | 'findings' | 'rules' | 'outcomes'>): EmergencyRoute[] {
  const first = flow.screens[0];
  if (first?.kind !== 'checklist') return [];
  return first.items.flatMap(({ finding }) => {
    const rule = flow.rules.find((r) => r.tier === 'emergency' && 'finding' in r.when && r.when.finding === finding);
    const outcome = rule?.outcome && rule.outcome !== 'emergency' ? flow.outcomes[rule.outcome] : undefined;
    return outcome ? [{ sign: flow.findings[finding]!.label, action: outcome.title }] : [];
  });
}
