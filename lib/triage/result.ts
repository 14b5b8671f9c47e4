import { evaluate } from '../flow/condition';
import type { Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import type { TierName } from '../flow/tiers';
import type { Decision } from './decide';

export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

interface Reason {
  readonly rule: string;
  readonly level: TierName;
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

interface SuggestedCause {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The findings the person reported that point to this cause. */
  readonly findings: readonly string[];
}

/** What a check ends with: the machine's output, read by the wizard, the API and the CLI. */
export interface TriageOutput {
  readonly level: TierName;
  readonly outcome: string;
  readonly reasons: readonly Reason[];
  readonly causes: readonly SuggestedCause[];
  /** Ids of the self-care plan's extra advice that applies to this person. */
  readonly extraAdvice: readonly string[];
  /** The screens the person answered, in order. */
  readonly path: readonly string[];
}

function sourceRefs(flow: FlowCore, ids: readonly string[]): SourceRef[] {
  return ids.map((id) => {
    const { title, url } = flow.sources[id]!;
    return url ? { id, title, url } : { id, title };
  });
}

/** A decision spelled out for people and callers: the rules with their sources, the causes, the advice. */
export function triageOutput(flow: FlowCore, decision: Decision, facts: Facts, path: readonly string[]): TriageOutput {
  return {
    level: decision.tier,
    outcome: decision.outcome,
    reasons: decision.reasons.map((rule) => ({ rule: rule.id, level: rule.tier, text: rule.reason, sources: sourceRefs(flow, rule.sources) })),
    causes: flow.causes
      .map((cause) => ({ cause, findings: cause.suggestedBy.filter((id) => facts.findings.has(id)) }))
      .filter(({ findings }) => findings.length > 0)
      .map(({ cause, findings }) => ({ id: cause.id, name: cause.name, description: cause.description, findings })),
    extraAdvice: flow.selfCare.extraAdvice.filter((advice) => evaluate(advice.when, facts)).map((advice) => advice.id),
    path,
  };
}
