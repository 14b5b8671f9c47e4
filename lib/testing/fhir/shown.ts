import type { FlowCore } from '../../flow/flow-core';
import { readAnswers, shownNow, type Answers } from '../../triage/answers';

/**
 * The linkIds the engine shows for these answers: each screen whose `showIf` holds, and a shown
 * checklist's items whose own `showIf` does. A Questionnaire's enableWhen must enable exactly these.
 */
export function shownLinkIds(flow: FlowCore, answers: Answers): Set<string> {
  const reading = readAnswers(flow, answers);
  const ids = new Set<string>();
  for (const id of reading.before.keys()) {
    ids.add(id);
    const { screen } = shownNow(flow, reading, id)!;
    if (screen.kind === 'checklist') for (const item of screen.items) ids.add(item.finding);
  }
  return ids;
}
