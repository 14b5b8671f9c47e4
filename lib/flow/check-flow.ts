import { kindOf, type Screen } from '../screens';
import { conditionFacts, conditionFindings, evaluate, isNumberCondition, thresholds, usesNot, walkCondition, type Condition } from './condition';
import { withFinding, withValue, NO_FACTS, type FactDeclarations, type Facts } from './facts';
import type { Flow } from './flow-schema';
import type { FlowIssue } from './primitives';
import { TIERS } from './tiers';

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
    if (fact.kind !== 'derived') continue;
    fact.terms.forEach((term, i) => {
      if (flow.facts[term.fact]?.kind !== 'number') add(['facts', id, 'terms', i, 'fact'], `"${term.fact}" is not a number fact`);
    });
  }

  // Where each finding and fact is asked: the screen, and the item's own condition for checklists.
  const askedAt = new Map<string, { index: number; screen: Screen; itemShowIf?: Condition }>();
  const seenScreens = new Set<string>();
  flow.screens.forEach((screen, index) => {
    const path = ['screens', index];
    if (seenScreens.has(screen.id)) add([...path, 'id'], `screen id "${screen.id}" is used twice`);
    seenScreens.add(screen.id);
    const kindIssues = kindOf(screen).check(screen, flow);
    for (const issue of kindIssues) add([...path, ...issue.path], issue.message);
    if (kindIssues.length > 0) return;
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
    if (fact.kind !== 'derived' && !askedAt.has(id)) add(['facts', id], `fact "${id}" is never asked on any screen`);
  }

  /** The findings and asked facts a condition reads: a derived fact reads the facts it is made of. */
  const reads = (condition: Condition) => [...conditionFindings(condition), ...factsRead(condition, flow.facts)];
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
    for (const fact of factsRead(rule.when, flow.facts)) {
      if (fact in flow.facts && !askedAt.has(fact)) add([...path, 'when'], `reads "${fact}", which no screen asks`);
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
    cause.suggestedBy.forEach((id, j) => id in flow.findings || add(['causes', i, 'suggestedBy', j], `unknown finding "${id}"`));
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
      const both = [screen.showIf, item.showIf].filter((c): c is Condition => c !== undefined);
      if (!reach.canShow(both.length ? { all: both } : undefined)) add(['screens', index, 'items', i], `item "${item.finding}" can never be shown`);
    });
  });
  flow.rules.forEach((rule, i) => {
    if (!reach.canFire(rule.when)) add(['rules', i, 'when'], `rule "${rule.id}" can never fire`);
  });
  return issues;
}

/** The asked facts a condition reads: a derived fact reads the facts it is made of. */
function factsRead(condition: Condition, facts: FactDeclarations): string[] {
  return conditionFacts(condition).flatMap((id) => {
    const fact = facts[id];
    return fact?.kind === 'derived' ? fact.terms.map((t) => t.fact) : [id];
  });
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

  /** The values worth trying for an asked fact: unknown, its range's ends, and either side of every threshold. */
  const candidates = (id: string): (number | string | undefined)[] => {
    const fact = flow.facts[id]!;
    if (fact.kind === 'choice') return [undefined, ...fact.values];
    if (fact.kind !== 'number') return [undefined];
    const compared = [id, ...Object.entries(flow.facts).filter(([, f]) => f.kind === 'derived' && f.terms.some((t) => t.fact === id)).map(([d]) => d)];
    const values = new Set<number>([fact.min, fact.max]);
    for (const c of allConditions) {
      for (const t of compared.flatMap((f) => thresholds(c, f))) {
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
      for (const fact of factsRead(c, flow.facts)) if (!facts.has(fact)) { facts.add(fact); queue.push(...visibility(fact)); }
    }
    return { findings: [...findings], facts: [...facts] };
  }

  function consistent(facts: Facts): boolean {
    for (const id of facts.findings) if (!visibility(id).every((c) => evaluate(c, facts))) return false;
    for (const id of Object.keys(facts.values)) {
      if (flow.facts[id]?.kind === 'derived') continue;
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
        candidates(id).map((v) => (v === undefined ? facts : withValue(facts, flow.facts, id, v))),
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
