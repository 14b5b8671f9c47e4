import type { FlowCore } from '../flow/flow-core';
import type { Patient } from '../screens';
import { conditionInIds } from './condition-in-ids';
import type { InputIssue } from './input-issue';

/**
 * The facts a patient leaves out that the check would ask them. The check asks some facts only on some
 * paths (how long the pain has lasted only from 16), so a fact it never reaches may be left out, as the
 * wizard never asks it and a FHIR response never holds it; one it reaches is required. When one missing
 * fact leaves the path unknown (no age: is the duration asked?), every missing fact is required, each
 * saying when the check asks it.
 */
export function missingFacts(flow: FlowCore, patient: Patient, path: readonly string[]): InputIssue[] {
  const missing = Object.entries(flow.facts)
    .filter(([id, fact]) => !fact.optional && patient[id] === undefined)
    .map(([id]) => id);
  if (!missing.some((id) => path.includes(id))) return [];
  return missing.map((id) => {
    const when = flow.screens.find((screen) => screen.id === id)?.showIf;
    return { path: id, message: path.includes(id) || !when ? 'is required' : `is required when ${conditionInIds(flow, [when])}` };
  });
}

/** The facts whose screens show for everyone: asked of every patient the check goes on with. */
export function factsAlwaysAsked(flow: Pick<FlowCore, 'facts' | 'screens'>): string[] {
  return flow.screens.filter((screen) => !screen.showIf && flow.facts[screen.id] && !flow.facts[screen.id]!.optional).map((screen) => screen.id);
}
