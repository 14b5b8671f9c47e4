import type { Condition } from '../flow/condition';
import type { Flow } from '../flow/flow-schema';
import { NO_RULE_FIRED, TIERS, type TierName } from '../flow/tiers';
import { YES_NO_OPTIONS, type Screen } from '../screens';
import type { SourceRef } from '../triage/result';
import { conditionParts, type ConditionPart } from '../flow/describe-condition';

/*
 * A flow as a clinical reviewer reads it: every screen with its exact wording and when it is shown,
 * every rule as a row of a decision table grouped by tier, and every outcome's full text. Conditions
 * are in words (lib/flow/describe-condition). The explorer page renders these; nothing here knows React.
 */

/** A condition in words, as parts a page can link, and as one string. */
export interface Words {
  readonly parts: readonly ConditionPart[];
  readonly text: string;
}

function inWords(flow: Flow, condition: Condition): Words {
  const parts = conditionParts(flow, condition);
  return { parts, text: parts.map((part) => part.text).join('') };
}

function sourceRefs(flow: Flow, ids: readonly string[]): SourceRef[] {
  return ids.map((id) => {
    const { title, url } = flow.sources[id]!;
    return url ? { id, title, url } : { id, title };
  });
}

/** The words for each tier, most urgent first: what a person is told to do. */
export const TIER_NAMES: Readonly<Record<TierName, string>> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  routine: 'Routine',
  self_care: 'Self-care',
};

/** What each kind of screen asks for, in a reviewer's words. */
const SCREEN_KIND_NAMES: Readonly<Record<Screen['kind'], string>> = {
  checklist: 'Checklist: tick all that apply, or “none”',
  yesno: 'Yes or no',
  number: 'A whole number',
  range: 'One of a few ranges',
  choice: 'One of a few options',
};

/** A finding as a screen asks it: its exact wording, why it is asked, and what it means on its own. */
export interface FindingEntry {
  readonly id: string;
  readonly label: string;
  readonly why: string;
  readonly redFlag?: 'emergency' | 'urgent';
  /** Its words in a safety-net list. */
  readonly safetyNet?: string;
  readonly sources: readonly SourceRef[];
  /** A checklist item's own condition; absent when the item is shown whenever its screen is. */
  readonly shownIf?: Words;
  /** For reviewers: why a choice was made. */
  readonly note?: string;
}

/** An answer a screen offers that is not a finding: a range, a choice, yes / no / not sure. */
interface OptionEntry {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
}

export interface ScreenEntry {
  readonly id: string;
  /** Its place in the order screens are asked, from 1. */
  readonly number: number;
  readonly kind: Screen['kind'];
  readonly kindName: string;
  readonly summaryLabel: string;
  readonly question: string;
  readonly hint?: string;
  readonly why?: string;
  /** When it is shown; absent when it is shown to everyone who gets this far. */
  readonly shownIf?: Words;
  /** The findings it asks about: a checklist's items, or a yes/no screen's one finding. */
  readonly findings: readonly FindingEntry[];
  /** A checklist's exclusive "None of these". */
  readonly noneLabel?: string;
  readonly options: readonly OptionEntry[];
  /** A number's range and the messages a person sees for a wrong answer. */
  readonly numberAnswer?: { readonly range: string; readonly errors: readonly { readonly when: string; readonly message: string }[] };
}

function findingEntry(flow: Flow, id: string, shownIf?: Condition): FindingEntry {
  const finding = flow.findings[id]!;
  return {
    id,
    label: finding.label,
    why: finding.why,
    ...(finding.redFlag && { redFlag: finding.redFlag }),
    ...(finding.safetyNet && { safetyNet: finding.safetyNet }),
    sources: sourceRefs(flow, finding.sources),
    ...(shownIf && { shownIf: inWords(flow, shownIf) }),
    ...(finding.note && { note: finding.note }),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function screenEntry(flow: Flow, screen: Screen, index: number): ScreenEntry {
  const common = {
    id: screen.id,
    number: index + 1,
    kind: screen.kind,
    kindName: SCREEN_KIND_NAMES[screen.kind],
    summaryLabel: screen.summaryLabel,
    question: screen.question,
    ...(screen.hint && { hint: screen.hint }),
    ...(screen.why && { why: screen.why }),
    ...(screen.showIf && { shownIf: inWords(flow, screen.showIf) }),
  };
  switch (screen.kind) {
    case 'checklist':
      return { ...common, findings: screen.items.map((item) => findingEntry(flow, item.finding, item.showIf)), noneLabel: screen.noneLabel, options: [] };
    case 'yesno':
      return {
        ...common,
        // A yes/no screen's "why we ask" is its finding's, unless the screen has its own.
        findings: [findingEntry(flow, screen.id)],
        options: YES_NO_OPTIONS.map(({ value, label, hint }) => ({ id: value, label, ...(hint && { detail: hint }) })),
      };
    case 'number': {
      const fact = flow.facts[screen.id]!;
      const range = fact.kind === 'number' ? `${fact.min} to ${plural(fact.max, fact.unitOne, fact.unit)}` : '';
      const rangeMessage = fact.kind === 'number' ? screen.errors.range.replace('{min}', String(fact.min)).replace('{max}', String(fact.max)) : screen.errors.range;
      return {
        ...common,
        findings: [],
        options: [],
        numberAnswer: {
          range,
          errors: [
            { when: 'Left empty', message: screen.errors.empty },
            { when: 'Not a whole number', message: screen.errors.notWhole },
            { when: `Outside ${range}`, message: rangeMessage },
          ],
        },
      };
    }
    case 'range': {
      const fact = flow.facts[screen.id]!;
      const unit = (n: number) => (fact.kind === 'number' ? plural(n, fact.unitOne, fact.unit) : String(n));
      return {
        ...common,
        findings: [],
        options: screen.options.map((option, i) => {
          const next = screen.options[i + 1];
          const detail = next ? `${option.from} to ${unit(next.from - 1)}` : `${unit(option.from)} or more`;
          return { id: option.id, label: option.label, detail: `${detail}: counted as ${unit(option.from)}` };
        }),
      };
    }
    case 'choice':
      return { ...common, findings: [], options: screen.options.map((option) => ({ id: option.value, label: option.label })) };
  }
}

/** Every screen, in the order they are asked. */
export function screenEntries(flow: Flow): ScreenEntry[] {
  return flow.screens.map((screen, i) => screenEntry(flow, screen, i));
}

/**
 * What the page calls each rule: "Emergency rule 2", numbered in its tier's table in the flow's order.
 * A rule's id is for the CLI, the API and the flow's files; a reviewer reads and says the name.
 */
export function ruleNames(rules: readonly { readonly id: string; readonly tier: TierName }[]): ReadonlyMap<string, string> {
  const counts = new Map<TierName, number>();
  return new Map(
    rules.map((rule) => {
      const number = (counts.get(rule.tier) ?? 0) + 1;
      counts.set(rule.tier, number);
      return [rule.id, `${TIER_NAMES[rule.tier]} rule ${number}`];
    }),
  );
}

/** A rule as the page names it, with its id for the link to its row. */
interface RuleName {
  readonly id: string;
  readonly name: string;
}

interface RuleRow {
  readonly id: string;
  /** Its place in its tier's table, from 1. */
  readonly number: number;
  readonly name: string;
  readonly tier: TierName;
  readonly when: Words;
  readonly outcome: { readonly id: string; readonly title: string };
  readonly reason: string;
  readonly sources: readonly SourceRef[];
  readonly note?: string;
}

export interface TierRules {
  readonly tier: TierName;
  readonly rules: readonly RuleRow[];
}

/** The outcome a rule sends a person to: its own, else its tier's. */
function ruleOutcome(rule: Flow['rules'][number]): string {
  return rule.outcome ?? rule.tier;
}

/** The rules as decision tables, one per tier, most urgent first, each in the flow's order. */
export function decisionTables(flow: Flow): TierRules[] {
  const names = ruleNames(flow.rules);
  return TIERS.map((tier) => ({
    tier,
    rules: flow.rules
      .filter((rule) => rule.tier === tier)
      .map((rule, i) => ({
        id: rule.id,
        number: i + 1,
        name: names.get(rule.id)!,
        tier,
        when: inWords(flow, rule.when),
        outcome: { id: ruleOutcome(rule), title: flow.outcomes[ruleOutcome(rule)]!.title },
        reason: rule.reason,
        sources: sourceRefs(flow, rule.sources),
        ...(rule.note && { note: rule.note }),
      })),
  }));
}

interface SafetyNetSignEntry {
  /** What the person reads. */
  readonly text: string;
  /** The finding whose words these are, if any: left out for someone who already reported it, or could not have it. */
  readonly finding?: string;
  readonly shownIf?: Words;
}

export interface OutcomeEntry {
  readonly id: string;
  readonly tier: TierName;
  readonly title: string;
  readonly instruction: string;
  readonly timeframe: string;
  readonly services: readonly { readonly id: string; readonly label: string; readonly href?: string; readonly description?: string }[];
  readonly actions: readonly string[];
  readonly safetyNet: readonly {
    readonly tier: TierName;
    readonly heading: string;
    readonly signs: readonly SafetyNetSignEntry[];
    readonly how?: string;
  }[];
  readonly afterwards: readonly string[];
  readonly plan: Flow['outcomes'][string]['plan'];
  /** The rules that send a person here. */
  readonly rules: readonly RuleName[];
  /** Where the check ends when no rule fires at all (the engine's default). */
  readonly whenNoRuleFires: boolean;
}

/** Every outcome's full text, in the flow's order (most urgent first). */
export function outcomeEntries(flow: Flow): OutcomeEntry[] {
  const names = ruleNames(flow.rules);
  return Object.entries(flow.outcomes).map(([id, outcome]) => ({
    id,
    tier: outcome.tier,
    title: outcome.title,
    instruction: outcome.instruction,
    timeframe: outcome.timeframe,
    services: outcome.services.map((service) => ({ id: service, ...flow.services[service]! })),
    actions: outcome.actions,
    safetyNet: outcome.safetyNet.map(({ tier, heading, signs, how }) => ({
      tier,
      heading,
      ...(how !== undefined && { how }),
      signs: signs.map((sign) => {
        const shownIf = sign.when && { shownIf: inWords(flow, sign.when) };
        if ('text' in sign) return { text: sign.text, ...shownIf };
        const finding = flow.findings[sign.finding]!;
        return { text: finding.safetyNet ?? finding.label, finding: sign.finding, ...shownIf };
      }),
    })),
    afterwards: outcome.afterwards,
    plan: outcome.plan,
    rules: flow.rules.filter((rule) => ruleOutcome(rule) === id).map((rule) => ({ id: rule.id, name: names.get(rule.id)! })),
    whenNoRuleFires: id === NO_RULE_FIRED,
  }));
}
