import { toolsOf, type Screen } from '../screens';
import { conditionFacts, conditionFindings, evaluate, isNumberCondition, thresholds, usesNot, walkCondition, type Condition } from './condition';
import { withFinding, withValue, NO_FACTS, type Facts } from './facts';
import type { Flow } from './flow-schema';
import type { FlowIssue } from './primitives';
import { NO_RULE_FIRED, stopsTheCheck, tierRank, TIERS, type TierName } from './tiers';

type Path = (string | number)[];

/**
 * What the schema's shape cannot say: every reference points at something that exists, every screen
 * and item can be shown to someone, and every rule can fire. A clinician editing a flow gets the path
 * of what is wrong, not a crash later.
 */
export function checkFlow(flow: Flow): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path, message });
  const sourceIds = new Set(Object.keys(flow.sources));
  const checkSources = (ids: readonly string[], path: Path) =>
    ids.forEach((id, i) => sourceIds.has(id) || add([...path, i], `unknown source "${id}"`));

  const checkCondition = (condition: Condition, path: Path) => {
    for (const [c, at] of walkCondition(condition)) {
      if ('finding' in c && !(c.finding in flow.findings)) add([...path, ...at, 'finding'], `unknown finding "${c.finding}"`);
      if (!('fact' in c)) continue;
      const fact = flow.facts[c.fact];
      if (!fact) add([...path, ...at, 'fact'], `unknown fact "${c.fact}"`);
      else if ('is' in c && (fact.kind !== 'choice' || !fact.values.includes(c.is))) {
        add([...path, ...at, 'is'], fact.kind === 'choice' ? `"${c.is}" is not a value of fact "${c.fact}"` : `fact "${c.fact}" is not a choice`);
      } else if (isNumberCondition(c) && fact.kind === 'choice') add([...path, ...at, 'fact'], `fact "${c.fact}" is a choice, not a number`);
    }
  };

  for (const [id, finding] of Object.entries(flow.findings)) checkSources(finding.sources, ['findings', id, 'sources']);
  for (const [id, fact] of Object.entries(flow.facts)) {
    if (fact.kind === 'number' && fact.min >= fact.max) add(['facts', id, 'max'], 'max must be more than min');
    if (fact.kind === 'number' && (fact.typical < fact.min || fact.typical > fact.max)) add(['facts', id, 'typical'], 'typical must be within min and max');
  }

  const conditions = allConditions(flow);
  // Where each finding and fact is asked: the screen, and the item's own condition for checklists.
  const askedAt = new Map<string, { index: number; screen: Screen; itemShowIf?: Condition }>();
  const seenScreens = new Set<string>();
  flow.screens.forEach((screen, index) => {
    const path = ['screens', index];
    if (seenScreens.has(screen.id)) add([...path, 'id'], `screen id "${screen.id}" is used twice`);
    seenScreens.add(screen.id);
    const kindIssues = toolsOf(screen).check(screen, { flow, conditions });
    for (const issue of kindIssues) add([...path, ...issue.path], issue.message);
    const asked =
      screen.kind === 'checklist'
        ? screen.items.map((item, i) => ({ id: item.finding, at: [...path, 'items', i, 'finding'], showIf: item.showIf }))
        : [{ id: screen.id, at: [...path, 'id'], showIf: undefined }];
    for (const { id, at, showIf } of asked) {
      if (askedAt.has(id)) add(at, `"${id}" is already asked on screen "${askedAt.get(id)!.screen.id}"`);
      else askedAt.set(id, { index, screen, itemShowIf: showIf });
    }
  });
  for (const id of Object.keys(flow.findings)) {
    if (!askedAt.has(id)) add(['findings', id], `finding "${id}" is never asked on any screen`);
  }
  for (const [id, fact] of Object.entries(flow.facts)) {
    if (!fact.optional && !askedAt.has(id)) add(['facts', id], `fact "${id}" is never asked on any screen`);
    if (fact.optional && askedAt.has(id)) add(['facts', id, 'optional'], `fact "${id}" is asked, so it is not optional`);
  }

  const reads = (condition: Condition) => [...conditionFindings(condition), ...conditionFacts(condition)];
  const askedBefore = (condition: Condition, index: number, path: Path) => {
    for (const id of reads(condition)) {
      const at = askedAt.get(id);
      if (at && at.index >= index) add(path, `reads "${id}", which is asked on screen "${at.screen.id}", not before`);
    }
  };
  flow.screens.forEach((screen, index) => {
    const path = ['screens', index];
    if (screen.showIf) {
      checkCondition(screen.showIf, [...path, 'showIf']);
      askedBefore(screen.showIf, index, [...path, 'showIf']);
    }
    if (screen.kind === 'checklist') {
      screen.items.forEach((item, i) => {
        if (!item.showIf) return;
        checkCondition(item.showIf, [...path, 'items', i, 'showIf']);
        askedBefore(item.showIf, index, [...path, 'items', i, 'showIf']);
      });
    }
  });

  const ruleIds = new Set<string>();
  flow.rules.forEach((rule, i) => {
    const path = ['rules', i];
    if (ruleIds.has(rule.id)) add([...path, 'id'], `rule id "${rule.id}" is used twice`);
    ruleIds.add(rule.id);
    checkCondition(rule.when, [...path, 'when']);
    for (const fact of conditionFacts(rule.when)) {
      if (fact in flow.facts && !askedAt.has(fact)) add([...path, 'when'], `reads "${fact}", which no screen asks`);
    }
    checkSources(rule.sources, [...path, 'sources']);
    if (stopsTheCheck(rule) && usesNot(rule.when)) {
      add([...path, 'when'], 'an emergency rule ends the check on partial answers, so it cannot use "not"');
    }
    if (rule.outcome !== undefined) {
      const outcome = flow.outcomes[rule.outcome];
      if (!outcome) add([...path, 'outcome'], `unknown outcome "${rule.outcome}"`);
      else if (outcome.tier !== rule.tier) add([...path, 'outcome'], `outcome "${rule.outcome}" is ${outcome.tier}, not ${rule.tier}`);
    }
  });

  for (const tier of TIERS) {
    const outcome = flow.outcomes[tier];
    if (!outcome) add(['outcomes'], `no outcome "${tier}": each tier needs an outcome with its name`);
    else if (outcome.tier !== tier) add(['outcomes', tier, 'tier'], `outcome "${tier}" must have tier ${tier}`);
  }
  Object.entries(flow.outcomes).forEach(([id, outcome], i, all) => {
    if (seenScreens.has(id)) add(['outcomes', id], `outcome id "${id}" is also a screen id`);
    // The outcome the check ends at when no rule fires is used even if no rule names it.
    const used = flow.rules.some((rule) => (rule.outcome ?? rule.tier) === id) || id === NO_RULE_FIRED;
    if (!used) add(['outcomes', id], `no rule leads to outcome "${id}"`);
    // Within a tier the outcome listed first wins (see decide), so the list runs from most urgent down.
    if (i > 0 && tierRank(outcome.tier) > tierRank(all[i - 1]![1].tier)) {
      add(['outcomes', id], `outcome "${id}" is ${outcome.tier}, more urgent than "${all[i - 1]![0]}" listed before it: list outcomes most urgent first`);
    }
    outcome.services.forEach((service, j) => service in flow.services || add(['outcomes', id, 'services', j], `unknown service "${service}"`));
    // Someone told to get help now must be able to do it from the page: a number to tap.
    if (outcome.tier === 'emergency' && !outcome.services.some((service) => flow.services[service]?.href?.startsWith('tel:'))) {
      add(['outcomes', id, 'services'], `emergency outcome "${id}" needs a service with a tel: number`);
    }
    outcome.safetyNet.forEach((list, j) =>
      list.signs.forEach((sign, k) => {
        const at = ['outcomes', id, 'safetyNet', j, 'signs', k];
        if (sign.when) checkCondition(sign.when, [...at, 'when']);
        if ('text' in sign) return;
        const finding = flow.findings[sign.finding];
        if (!finding) return add([...at, 'finding'], `unknown finding "${sign.finding}"`);
        if (finding.redFlag && tierRank(finding.redFlag) > tierRank(list.tier)) {
          add([...at, 'finding'], `"${sign.finding}" is a${finding.redFlag === 'emergency' ? 'n' : ''} ${finding.redFlag} sign, listed under what to do at ${list.tier}`);
        }
      }),
    );
  });
  // A finding that alone sends a person for help is a red flag of at least that tier: so every result
  // that says less lists it under what to do if it appears (below). Unmarked, it would be left off them.
  flow.rules.forEach((rule, i) => {
    if (!('finding' in rule.when) || tierRank(rule.tier) < tierRank('urgent')) return;
    const finding = flow.findings[rule.when.finding];
    if (finding && (!finding.redFlag || tierRank(finding.redFlag) < tierRank(rule.tier))) {
      add(['rules', i, 'when'], `"${rule.when.finding}" alone makes rule "${rule.id}" ${rule.tier}: give the finding redFlag "${rule.tier}", so the safety-nets list it`);
    }
  });

  const first = flow.screens[0];
  for (const [id, finding] of Object.entries(flow.findings)) {
    if (!finding.redFlag) continue;
    // An emergency sign is asked of everyone, before anything else: on the first screen, shown to all.
    const onFirst = first?.kind === 'checklist' && !first.showIf && first.items.some((item) => item.finding === id && !item.showIf);
    if (finding.redFlag === 'emergency' && !onFirst) add(['findings', id], `the emergency sign "${id}" must be asked on the first screen, to everyone`);
    if (!finding.safetyNet) add(['findings', id, 'safetyNet'], `red flag "${id}" needs the words a safety-net list uses for it`);
    // Everyone told to do less than a red flag means is told what to do if it appears.
    for (const [outcomeId, outcome] of Object.entries(flow.outcomes)) {
      if (tierRank(outcome.tier) >= tierRank(finding.redFlag)) continue;
      const listed = outcome.safetyNet.some(
        (list) => tierRank(list.tier) >= tierRank(finding.redFlag!) && list.signs.some((sign) => 'finding' in sign && sign.finding === id),
      );
      if (!listed) add(['outcomes', outcomeId, 'safetyNet'], `the ${finding.redFlag} sign "${id}" is missing from this ${outcome.tier} outcome's safety-net`);
    }
  }

  for (const issue of earlyStopIssues(flow, (id) => askedAt.get(id)?.index)) add([...issue.path], issue.message);

  flow.causes.forEach((cause, i) => {
    cause.suggestedBy.forEach((id, j) => id in flow.findings || add(['causes', i, 'suggestedBy', j], `unknown finding "${id}"`));
    checkSources(cause.sources, ['causes', i, 'sources']);
  });
  flow.selfCare.treatments.forEach((t, i) => checkSources(t.sources, ['selfCare', 'treatments', i, 'sources']));
  flow.selfCare.exercises.forEach((e, i) => checkSources(e.sources, ['selfCare', 'exercises', i, 'sources']));
  flow.selfCare.extraAdvice.forEach((a, i) => {
    checkCondition(a.when, ['selfCare', 'extraAdvice', i, 'when']);
    checkSources(a.sources, ['selfCare', 'extraAdvice', i, 'sources']);
  });
  if (flow.professionalCare.when) checkCondition(flow.professionalCare.when, ['professionalCare', 'when']);
  flow.professionalCare.treatments.forEach((t, i) =>
    checkSources(t.sources, ['professionalCare', 'treatments', i, 'sources']),
  );
  flow.professionalCare.advice.forEach((a, i) => {
    const path = ['professionalCare', 'advice', i];
    checkCondition(a.when, [...path, 'when']);
    checkSources(a.sources, [...path, 'sources']);
    a.exceptOutcomes?.forEach((id, j) => id in flow.outcomes || add([...path, 'exceptOutcomes', j], `unknown outcome "${id}"`));
  });

  // Reachability needs sound references; report those first.
  if (issues.length > 0) return issues;
  const reach = reachability(flow, askedAt);
  flow.screens.forEach((screen, index) => {
    if (!reach.canShow(screen.showIf)) add(['screens', index, 'showIf'], `screen "${screen.id}" can never be reached`);
    if (screen.kind !== 'checklist') return;
    screen.items.forEach((item, i) => {
      const both = [screen.showIf, item.showIf].filter((c): c is Condition => c !== undefined);
      if (!reach.canShow(both.length ? { all: both } : undefined)) add(['screens', index, 'items', i], `item "${item.finding}" can never be shown`);
    });
  });
  flow.rules.forEach((rule, i) => {
    if (!reach.canFire(rule.when)) add(['rules', i, 'when'], `rule "${rule.id}" can never fire`);
  });
  return issues;
}

/**
 * No rule that ends the check early can end it below the tier of a red flag that may already be answered:
 * every red flag asked on or before the last screen a stopping rule reads is at most that rule's tier.
 * `stops` is the engine's own predicate; the tests pass another to show the check bites.
 */
export function earlyStopIssues(
  flow: Pick<Flow, 'rules' | 'findings'>,
  screenOf: (id: string) => number | undefined,
  stops: (rule: { readonly tier: TierName }) => boolean = stopsTheCheck,
): FlowIssue[] {
  const issues: FlowIssue[] = [];
  flow.rules.forEach((rule, i) => {
    if (!stops(rule)) return;
    const read = [...conditionFindings(rule.when), ...conditionFacts(rule.when)].map(screenOf).filter((n): n is number => n !== undefined);
    const last = Math.max(-1, ...read);
    for (const [id, finding] of Object.entries(flow.findings)) {
      const at = screenOf(id);
      if (!finding.redFlag || at === undefined || at > last || tierRank(finding.redFlag) <= tierRank(rule.tier)) continue;
      issues.push({
        path: ['rules', i, 'tier'],
        message: `rule "${rule.id}" ends the check at ${rule.tier}, but the ${finding.redFlag} sign "${id}" may already be answered`,
      });
    }
  });
  return issues;
}

/** Every condition of a flow: its rules', its screens' and its checklist items'. */
export function allConditions(flow: Pick<Flow, 'rules' | 'screens'>): Condition[] {
  return [
    ...flow.rules.map((rule) => rule.when),
    ...flow.screens.flatMap((s) => [s.showIf, ...(s.kind === 'checklist' ? s.items.map((i) => i.showIf) : [])]),
  ].filter((c): c is Condition => c !== undefined);
}

/**
 * Searches for a consistent person: facts under which a condition holds, every "yes" finding is one the
 * person would have been shown, every given fact was asked, and no rule that ends the check has fired
 * first. Findings outside the condition's closure stay "no" and unneeded facts unknown: rules that end
 * the check cannot use "not" (checked above), so that choice can only help.
 */
function reachability(flow: Flow, askedAt: Map<string, { screen: Screen; itemShowIf?: Condition }>) {
  const stopConditions = flow.rules.filter((r) => r.tier === 'emergency').map((r) => r.when);
  const visibility = (id: string): Condition[] => {
    const at = askedAt.get(id);
    return at ? [at.screen.showIf, at.itemShowIf].filter((c): c is Condition => c !== undefined) : [];
  };
  const conditions = allConditions(flow);

  /** The values worth trying for an asked fact: unknown, its range's ends, and either side of every threshold. */
  const candidates = (id: string): (number | string | undefined)[] => {
    const fact = flow.facts[id]!;
    if (fact.kind === 'choice') return [undefined, ...fact.values];
    const values = new Set<number>([fact.min, fact.max]);
    for (const c of conditions) {
      for (const t of thresholds(c, id)) {
        for (const v of [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1]) {
          if (v >= fact.min && v <= fact.max) values.add(v);
        }
      }
    }
    return [undefined, ...values];
  };

  function closureOf(condition: Condition): { findings: string[]; facts: string[] } {
    const findings = new Set<string>();
    const facts = new Set<string>();
    const queue: Condition[] = [condition];
    while (queue.length) {
      const c = queue.pop()!;
      for (const id of conditionFindings(c)) if (!findings.has(id)) { findings.add(id); queue.push(...visibility(id)); }
      for (const fact of conditionFacts(c)) if (!facts.has(fact)) { facts.add(fact); queue.push(...visibility(fact)); }
    }
    return { findings: [...findings], facts: [...facts] };
  }

  function consistent(facts: Facts): boolean {
    for (const id of facts.findings) if (!visibility(id).every((c) => evaluate(c, facts))) return false;
    for (const id of Object.keys(facts.values)) {
      if (!askedAt.has(id) || !visibility(id).every((c) => evaluate(c, facts))) return false;
    }
    return true;
  }

  /** `self` is a rule allowed to fire: the one being checked. Any other rule that ends the check must not. */
  function search(condition: Condition, self?: Condition): boolean {
    const { findings, facts: needed } = closureOf(condition);
    if (findings.length > 16) return true; // too wide to search exhaustively; the model-based test covers it
    let assignments: Facts[] = [NO_FACTS];
    for (const id of needed) {
      assignments = assignments.flatMap((facts) =>
        candidates(id).map((v) => (v === undefined ? facts : withValue(facts, id, v))),
      );
    }
    for (let mask = 0; mask < 1 << findings.length; mask++) {
      const yes = findings.filter((_, i) => mask & (1 << i));
      for (const given of assignments) {
        const facts = withFinding(given, ...yes);
        if (!evaluate(condition, facts) || !consistent(facts)) continue;
        if (stopConditions.some((c) => c !== self && evaluate(c, facts))) continue;
        return true;
      }
    }
    return false;
  }

  return {
    canShow: (showIf: Condition | undefined) => search(showIf ?? { all: [] }),
    canFire: (when: Condition) => search(when, when),
  };
}
