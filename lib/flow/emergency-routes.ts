import type { Flow } from './flow-schema';
import { firstCall } from './services';

export interface EmergencyRoute {
  /** The sign, as the first question lists it. */
  readonly sign: string;
  /** What its outcome says to do: "Call your midwife or the maternity unit now". */
  readonly action: string;
}

/**
 * The first question's signs whose emergency rule sends the person somewhere other than the
 * emergency number (a pregnancy sign: the maternity unit). The first question says "call 999 now"
 * under its signs; these say, in the same place, what the result will say, so the two agree. An
 * outcome that also says "Call 999 now" (an ambulance only) needs no line of its own.
 */
export function emergencyRoutes(flow: Pick<Flow, 'screens' | 'findings' | 'rules' | 'outcomes'>): EmergencyRoute[] {
  const first = flow.screens[0];
  if (first?.kind !== 'checklist') return [];
  return first.items.flatMap(({ finding }) => {
    const rule = flow.rules.find((r) => r.tier === 'emergency' && 'finding' in r.when && r.when.finding === finding);
    const outcome = rule?.outcome ? flow.outcomes[rule.outcome] : undefined;
    if (outcome?.title === flow.outcomes.emergency?.title) return [];
    return outcome ? [{ sign: flow.findings[finding]!.label, action: outcome.title }] : [];
  });
}

/** The screen-1 call-now box: the emergency outcome's number to call, and the signs that go elsewhere. */
export interface EmergencyCall {
  readonly label: string;
  readonly href: string;
  /** Signs whose result sends the person elsewhere (the maternity unit), said there too so the two agree. */
  readonly routes: readonly EmergencyRoute[];
}

/** What the box under the first question offers (the wizard's, and the no-JavaScript page's); null with no number to call. */
export function emergencyCall(flow: Pick<Flow, 'screens' | 'findings' | 'rules' | 'outcomes' | 'services'>): EmergencyCall | null {
  const call = firstCall(flow.services, flow.outcomes.emergency?.services ?? []);
  return call && { label: call.label, href: call.href, routes: emergencyRoutes(flow) };
}
