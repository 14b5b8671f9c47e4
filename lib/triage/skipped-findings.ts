import type { FlowCore } from '../flow/flow-core';
import { stopsTheCheck } from '../flow/tiers';
import { conditionInIds } from './condition-in-ids';
import type { InputIssue } from './patient';
import { toolsOf } from '../screens';
import { askedWhen, type TriageResult } from './result';

/**
 * The findings a patient lists that the check went past without asking: a question shown only after
 * another answer ("leg_weakness_getting_worse" only after "leg_weakness_one_side"), or only at some ages.
 * The engine counts what it asks, as the wizard does, so such a finding would be dropped without a
 * word, and a red flag with it: the API and the CLI turn the patient down instead, naming the finding
 * and when it is asked. A finding after the screen where the check stopped (an emergency sign ends it)
 * was not skipped: it stays in the result's `notAsked`.
 */
export function skippedFindings(flow: FlowCore, result: Pick<TriageResult, 'level' | 'path' | 'notAsked'>): InputIssue[] {
  // A result that stops the check stopped it straight after its last screen; any other went through them all.
  const stoppedAt = stopsTheCheck({ tier: result.level }) ? flow.screens.findIndex((screen) => screen.id === result.path.at(-1)) : Infinity;
  return result.notAsked.flatMap((id) => {
    if (flow.screens.findIndex((screen) => toolsOf(screen).asks(screen).includes(id)) > stoppedAt) return [];
    return [{ path: 'findings', message: `"${id}" is asked only when ${conditionInIds(flow, askedWhen(flow, id))}: this patient would never be asked it, so it cannot count (leave it out, or correct what it depends on)` }];
  });
}
