import { readAnswers, type Answers } from './answers';
import { evaluate } from './condition';
import { decide, suggestedCauses } from './decide';
import type { FlowCore } from './flow-core';
import type { Tier } from './flow-schema';

export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

export interface Reason {
  readonly rule: string;
  readonly level: Tier;
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

export interface SuggestedCause {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The findings the person reported that point to this cause. */
  readonly findings: readonly string[];
}

export interface Summary {
  readonly level: Tier;
  readonly outcome: string;
  readonly reasons: readonly Reason[];
  readonly causes: readonly SuggestedCause[];
  /** Ids of the self-care plan's extra advice that applies to this person. */
  readonly extraAdvice: readonly string[];
}

export function sourceRefs(flow: FlowCore, ids: readonly string[]): SourceRef[] {
  return ids.map((id) => ({ id, ...flow.sources[id]! })).map(({ id, title, url }) => (url ? { id, title, url } : { id, title }));
}

/** The decision for a set of answers, with the rules and causes spelled out for people and callers. */
export function summarize(flow: FlowCore, answers: Answers): Summary {
  const { facts } = readAnswers(flow, answers);
  const decision = decide(flow, facts);
  return {
    level: decision.tier,
    outcome: decision.outcome,
    reasons: decision.reasons.map((rule) => ({
      rule: rule.id,
      level: rule.tier,
      text: rule.reason,
      sources: sourceRefs(flow, rule.sources),
    })),
    causes: suggestedCauses(flow, facts).map(({ cause, findings }) => ({
      id: cause.id,
      name: cause.name,
      description: cause.description,
      findings,
    })),
    extraAdvice: flow.selfCare.extraAdvice.filter((advice) => evaluate(advice.when, facts)).map((advice) => advice.id),
  };
}
