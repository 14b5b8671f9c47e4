import { conditionFacts, conditionFindings, evaluate, thresholds, usesNot, walkCondition, type Facts } from './condition';
import type { Condition, Flow, NumberFact, Screen, Sex } from './flow-schema';
import { TIERS } from './tiers';

export interface FlowIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What the schema's shape cannot say: every reference points at something that exists, every screen
 * and item can be shown to someone, and every rule can fire. A clinician editing a flow gets the path
 * of the first thing that is wrong, not a crash later.
 */
export function checkFlow(flow: Flow): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const findingIds = new Set(Object.keys(flow.findings));
  const sourceIds = new Set(Object.keys(flow.sources));

  const checkSources = (ids: readonly string[], path: (string | number)[]) =>
    ids.forEach((id, i) => sourceIds.has(id) || add([...path, i], `unknown source "${id}"`));
  const checkCondition = (condition: Condition, path: (string | number)[]) => {
    for (const [c, at] of walkCondition(condition)) {
      if ('finding' in c && !findingIds.has(c.finding)) add([...path, ...at, 'finding'], `unknown finding "${c.finding}"`);
    }
  };

  for (const [id, finding] of Object.entries(flow.findings)) checkSources(finding.sources, ['findings', id, 'sources']);

  // Where each finding and fact is asked: the screen, and the item's own condition for checklists.
  const askedAt = new Map<string, { index: number; screen: Screen; itemShowIf?: Condition }>();
  const seenScreens = new Set<string>();
  flow.screens.forEach((screen, index) => {
    const path = ['screens', index];
    if (seenScreens.has(screen.id)) add([...path, 'id'], `screen id "${screen.id}" is used twice`);
    seenScreens.add(screen.id);
    const asked =
      screen.kind === 'checklist'
        ? screen.items.map((item, i) => ({ id: item.finding, at: [...path, 'items', i, 'finding'], showIf: item.showIf }))
        : [{ id: screen.id, at: [...path, 'id'], showIf: undefined }];
    for (const { id, at, showIf } of asked) {
      if (screen.kind !== 'number' && screen.kind !== 'choice' && !findingIds.has(id)) {
        add(at, `unknown finding "${id}"`);
        continue;
      }
      if (askedAt.has(id)) add(at, `"${id}" is already asked on screen "${askedAt.get(id)!.screen.id}"`);
      else askedAt.set(id, { index, screen, itemShowIf: showIf });
    }
  });
  for (const id of findingIds) {
    if (!askedAt.has(id)) add(['findings', id], `finding "${id}" is never asked on any screen`);
  }

  const askedBefore = (condition: Condition, index: number, path: (string | number)[]) => {
    const reads = [...conditionFindings(condition), ...conditionFacts(condition)];
    for (const id of reads) {
      const at = askedAt.get(id);
      if (at && at.index >= index) add(path, `reads "${id}", which is asked on screen "${at.screen.id}", not before`);
      else if (!at && !findingIds.has(id)) add(path, `reads "${id}", which no screen asks`);
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
    if (screen.kind === 'number' && screen.min >= screen.max) add([...path, 'max'], 'max must be more than min');
  });

  const ruleIds = new Set<string>();
  flow.rules.forEach((rule, i) => {
    const path = ['rules', i];
    if (ruleIds.has(rule.id)) add([...path, 'id'], `rule id "${rule.id}" is used twice`);
    ruleIds.add(rule.id);
    checkCondition(rule.when, [...path, 'when']);
    for (const fact of conditionFacts(rule.when)) {
      if (!askedAt.has(fact)) add([...path, 'when'], `reads "${fact}", which no screen asks`);
    }
    checkSources(rule.sources, [...path, 'sources']);
    const stops = rule.tier === 'emergency' || rule.endsCheck;
    if (stops && usesNot(rule.when)) {
      add([...path, 'when'], 'a rule that ends the check is judged on partial answers, so it cannot use "not"');
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
  for (const id of Object.keys(flow.outcomes)) {
    if (seenScreens.has(id)) add(['outcomes', id], `outcome id "${id}" is also a screen id`);
    const used = flow.rules.some((rule) => (rule.outcome ?? rule.tier) === id) || id === 'self_care';
    if (!used) add(['outcomes', id], `no rule leads to outcome "${id}"`);
  }

  flow.causes.forEach((cause, i) => {
    cause.suggestedBy.forEach((id, j) => findingIds.has(id) || add(['causes', i, 'suggestedBy', j], `unknown finding "${id}"`));
    checkSources(cause.sources, ['causes', i, 'sources']);
  });
  flow.selfCare.treatments.forEach((t, i) => checkSources(t.sources, ['selfCare', 'treatments', i, 'sources']));
  flow.selfCare.exercises.forEach((e, i) => checkSources(e.sources, ['selfCare', 'exercises', i, 'sources']));
  flow.selfCare.extraAdvice.forEach((a, i) => {
    checkCondition(a.when, ['selfCare', 'extraAdvice', i, 'when']);
    checkSources(a.sources, ['selfCare', 'extraAdvice', i, 'sources']);
  });
  flow.professionalCare.treatments.forEach((t, i) =>
    checkSources(t.sources, ['professionalCare', 'treatments', i, 'sources']),
  );

  // Reachability needs sound references; report those first.
  if (issues.length > 0) return issues;
  const reach = reachability(flow, askedAt);
  flow.screens.forEach((screen, index) => {
    if (!reach.canShow(screen.showIf)) add(['screens', index, 'showIf'], `screen "${screen.id}" can never be reached`);
    if (screen.kind !== 'checklist') return;
    screen.items.forEach((item, i) => {
      const both: Condition = { all: [screen.showIf ?? { all: [] }, item.showIf ?? { all: [] }].filter(nonEmpty) };
      if (!reach.canShow(both)) add(['screens', index, 'items', i], `item "${item.finding}" can never be shown`);
    });
  });
  flow.rules.forEach((rule, i) => {
    if (!reach.canFire(rule.when)) add(['rules', i, 'when'], `rule "${rule.id}" can never fire`);
  });
  return issues;
}

function nonEmpty(c: Condition): boolean {
  return !('all' in c && c.all.length === 0);
}

/**
 * Searches for a consistent person: facts under which a condition holds, every "yes" finding is one the
 * person would have been shown, every given fact was asked, and no rule that ends the check has fired
 * first. Findings outside the condition's closure stay "no" and unneeded facts unknown: rules that end
 * the check cannot use "not" (checked above), so that choice can only help.
 */
function reachability(flow: Flow, askedAt: Map<string, { screen: Screen; itemShowIf?: Condition }>) {
  const stopConditions = flow.rules.filter((r) => r.tier === 'emergency' || r.endsCheck).map((r) => r.when);
  const visibility = (id: string): Condition[] => {
    const at = askedAt.get(id);
    return at ? [at.screen.showIf, at.itemShowIf].filter((c): c is Condition => c !== undefined) : [];
  };
  const allConditions = [
    ...flow.rules.map((r) => r.when),
    ...flow.screens.flatMap((s) => [s.showIf, ...(s.kind === 'checklist' ? s.items.map((i) => i.showIf) : [])]),
  ].filter((c): c is Condition => c !== undefined);
  const candidates = (fact: NumberFact, screenId: 'age' | 'durationDays'): (number | undefined)[] => {
    const screen = flow.screens.find((s) => s.id === screenId);
    if (!screen || screen.kind !== 'number') return [undefined];
    const values = new Set<number>([screen.min, screen.max]);
    for (const c of allConditions) {
      for (const t of [...thresholds(c, fact), ...thresholds(c, 'ageAtOnset')]) {
        for (const v of [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1]) {
          if (v >= screen.min && v <= screen.max) values.add(v);
        }
      }
    }
    return [undefined, ...values];
  };
  const ages = candidates('age', 'age');
  const durations = candidates('durationDays', 'durationDays');

  function closureOf(condition: Condition): { findings: string[]; facts: Set<string> } {
    const findings = new Set<string>();
    const facts = new Set<string>();
    const queue: Condition[] = [condition];
    while (queue.length) {
      const c = queue.pop()!;
      for (const id of conditionFindings(c)) if (!findings.has(id)) { findings.add(id); queue.push(...visibility(id)); }
      for (const fact of conditionFacts(c)) if (!facts.has(fact)) { facts.add(fact); queue.push(...visibility(fact)); }
    }
    return { findings: [...findings], facts };
  }

  function consistent(facts: Facts): boolean {
    for (const id of facts.findings) if (!visibility(id).every((c) => evaluate(c, facts))) return false;
    for (const fact of ['age', 'sex', 'durationDays'] as const) {
      if (facts[fact] === undefined) continue;
      if (!askedAt.has(fact) || !visibility(fact).every((c) => evaluate(c, facts))) return false;
    }
    return true;
  }

  /** `self` is a rule allowed to fire: the one being checked. Any other rule that ends the check must not. */
  function search(condition: Condition, self?: Condition): boolean {
    const { findings, facts: needed } = closureOf(condition);
    if (findings.length > 16) return true; // too wide to search exhaustively; the model-based test covers it
    const ageValues = needed.has('age') ? ages : [undefined];
    const durationValues = needed.has('durationDays') ? durations : [undefined];
    const sexValues: (Sex | undefined)[] = needed.has('sex') ? [undefined, 'female', 'male'] : [undefined];
    for (let mask = 0; mask < 1 << findings.length; mask++) {
      const yes = new Set(findings.filter((_, i) => mask & (1 << i)));
      for (const age of ageValues) for (const durationDays of durationValues) for (const sex of sexValues) {
        const facts: Facts = { findings: yes, age, durationDays, sex };
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
