import type { Condition } from '../flow/condition';
import { conditionParts } from '../flow/describe-condition';
import type { FlowCore } from '../flow/flow-core';

/** Conditions for an API caller, joined by "and": findings by their ids, as a request names them. */
export function conditionInIds(flow: Pick<FlowCore, 'facts' | 'findings'>, when: readonly Condition[]): string {
  return conditionParts(flow, when.length === 1 ? when[0]! : { all: when })
    .map((part) => ('finding' in part ? `"${part.finding}"` : part.text))
    .join('');
}
