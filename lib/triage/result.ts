import { conditionFindings, evaluate, type Condition } from '../flow/condition';
import type { Facts } from '../flow/facts';
import type { FlowCore } from '../flow/flow-core';
import { tierRank, type TierName } from '../flow/tiers';
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

/** One safety-net list for this person: what to do, and the signs that would mean doing it. */
export interface SafetyNetList {
  readonly level: TierName;
  readonly heading: string;
  readonly signs: readonly string[];
  /** Where to get that help, when the heading does not say. */
  readonly how?: string;
}

/** What a check ends with: the machine's output, read by the wizard, the API and the CLI. */
export interface TriageOutput {
  readonly level: TierName;
  readonly outcome: string;
  readonly reasons: readonly Reason[];
  readonly causes: readonly SuggestedCause[];
  /** What would change the advice, and what to do then, for this person. */
  readonly safetyNet: readonly SafetyNetList[];
  /** Ids of the self-care plan's extra advice that applies to this person. */
  readonly extraAdvice: readonly string[];
  /** The screens the person answered, in order. */
  readonly path: readonly string[];
}

/** What the CLI and the API answer for a patient: what the check ends with, and how it went. */
export interface TriageResult extends Omit<TriageOutput, 'extraAdvice'> {
  readonly id: string | null;
  /** How many screens the person saw, the outcome not counted. */
  readonly screens: number;
  /**
   * Findings the patient listed that the check never asked: it ended first (an emergency sign), or their
   * question is not shown to this patient. The API and the CLI turn the second kind down
   * (./skipped-findings), so only the first is left in what they answer.
   */
  readonly notAsked: readonly string[];
}

/** What a flow's outputs need again and again, worked out once per flow. */
interface Tables {
  readonly sources: ReadonlyMap<string, readonly SourceRef[]>;
  readonly ruleFindings: ReadonlyMap<string, ReadonlySet<string>>;
  /** The conditions under which each finding is asked: its screen's, and its checklist item's. */
  readonly asked: ReadonlyMap<string, readonly Condition[]>;
}

// A flow is parsed once and never changes, so its tables are kept for as long as the flow is.
const tablesByFlow = new WeakMap<FlowCore, Tables>();

function tables(flow: FlowCore): Tables {
  let found = tablesByFlow.get(flow);
  if (found) return found;
  const asked = new Map<string, Condition[]>();
  for (const screen of flow.screens) {
    const ids = screen.kind === 'checklist' ? screen.items.map((i) => [i.finding, i.showIf] as const) : [[screen.id, undefined] as const];
    for (const [id, itemShowIf] of ids) asked.set(id, [screen.showIf, itemShowIf].filter((c): c is Condition => c !== undefined));
  }
  found = {
    sources: new Map(
      flow.rules.map((rule) => [
        rule.id,
        rule.sources.map((id) => {
          const { title, url } = flow.sources[id]!;
          return url ? { id, title, url } : { id, title };
        }),
      ]),
    ),
    ruleFindings: new Map(flow.rules.map((rule) => [rule.id, new Set(conditionFindings(rule.when))])),
    asked,
  };
  tablesByFlow.set(flow, found);
  return found;
}

/**
 * What the output reads of the person's facts: the machine answers from its Facts, the compiled engine
 * from its compiled tests over flags (the same answers: the tests hold the two engines equal).
 */
export interface FactReader {
  /** Whether the person said yes to a finding. */
  has(finding: string): boolean;
  /** Whether a condition of the flow holds for the person. */
  holds(condition: Condition): boolean;
}

/** Reads Facts by evaluating each condition. */
export const readFacts = (facts: Facts): FactReader => ({ has: (finding) => facts.findings.has(finding), holds: (condition) => evaluate(condition, facts) });

/** What must hold for the check to ask about a finding (the safety-net below, and the API's check of its input). */
export const askedWhen = (flow: FlowCore, finding: string): readonly Condition[] => tables(flow).asked.get(finding) ?? [];

/** Whether the person could have been asked a finding: a sign they cannot have is not listed. */
function couldApply(flow: FlowCore, finding: string, facts: FactReader): boolean {
  for (const condition of askedWhen(flow, finding)) if (!facts.holds(condition)) return false;
  return true;
}

/**
 * The outcome's safety-net lists for this person: each sign in the finding's own words, without the
 * signs they have already told us about (the advice already takes them into account) and without the
 * signs they cannot have (the pregnancy signs for someone who is not pregnant).
 */
function safetyNetFor(flow: FlowCore, outcome: string, facts: FactReader): SafetyNetList[] {
  // Loops, not flatMap: the API runs this for every patient, and it is most of a result's cost.
  const lists: SafetyNetList[] = [];
  for (const { tier, heading, signs, how } of flow.outcomes[outcome]!.safetyNet) {
    const shown: string[] = [];
    for (const sign of signs) {
      if (sign.when && !facts.holds(sign.when)) continue;
      if ('text' in sign) shown.push(sign.text);
      else if (!facts.has(sign.finding) && couldApply(flow, sign.finding, facts)) {
        const finding = flow.findings[sign.finding]!;
        shown.push(finding.safetyNet ?? finding.label);
      }
    }
    if (shown.length > 0) lists.push(how === undefined ? { level: tier, heading, signs: shown } : { level: tier, heading, signs: shown, how });
  }
  return lists;
}

/**
 * The causes the answers point to. An urgent or emergency result names only causes that fit its
 * reasons (a kidney stone for the kidney-stone pattern), never a reassuring one such as a strain, and
 * none for a reason whose worry the flow names no cause for (namesCauses: false). A booking whose
 * reason is such a worry (night pain: "muscle pain usually eases") is held to the same: it would
 * otherwise name a strain just after saying the pain may not be muscular.
 */
function causesFor(flow: FlowCore, decision: Decision, facts: FactReader): SuggestedCause[] {
  const onlyFitting = tierRank(decision.tier) >= tierRank('urgent') || decision.reasons.some((rule) => rule.namesCauses === false);
  const ruleFindings = tables(flow).ruleFindings;
  const fitsAReason = (id: string) => decision.reasons.some((rule) => rule.namesCauses !== false && ruleFindings.get(rule.id)!.has(id));
  const causes: SuggestedCause[] = [];
  for (const cause of flow.causes) {
    const findings = cause.suggestedBy.filter((id) => facts.has(id));
    if (findings.length > 0 && (!onlyFitting || findings.some(fitsAReason))) causes.push({ id: cause.id, name: cause.name, description: cause.description, findings });
  }
  return causes;
}

/** A decision spelled out for people and callers: the rules with their sources, causes, safety-net and advice. */
export function triageOutput(flow: FlowCore, decision: Decision, facts: FactReader, path: readonly string[]): TriageOutput {
  return {
    level: decision.tier,
    outcome: decision.outcome,
    reasons: decision.reasons.map((rule) => ({ rule: rule.id, level: rule.tier, text: rule.reason, sources: tables(flow).sources.get(rule.id)! })),
    causes: causesFor(flow, decision, facts),
    safetyNet: safetyNetFor(flow, decision.outcome, facts),
    extraAdvice: flow.selfCare.extraAdvice.filter((advice) => facts.holds(advice.when)).map((advice) => advice.id),
    path,
  };
}
