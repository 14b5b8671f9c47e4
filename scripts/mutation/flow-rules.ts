/**
 * npm run test:mutation, first half — mutants of each flow's rules, each held to the flow's oracle.
 *
 *   tsx scripts/mutation/flow-rules.ts [--flow ID] [--verbose]
 *
 * For every flow in the registry it makes mutants of the flow's data, one edit each, and loads each one
 * with `parseFlow`, as the suite does when it imports the flow:
 *
 * - demote: each rule one tier down (emergency → urgent → routine → self_care);
 * - drop-condition: each condition of each `all` in a rule, one at a time (an `all` of two becomes the other);
 * - swap-threshold: each comparison of a rule with a number, atLeast ↔ moreThan and below ↔ atMost (off by
 *   one), and turned round, atLeast ↔ below and moreThan ↔ atMost;
 * - remove-item: each item of each checklist;
 * - promote (over-triage, reported on its own line): each rule one tier up.
 *
 * A rule that names an outcome of the old tier loses the `outcome`, and an outcome that no rule leads to
 * any more is dropped, so that the mutant still loads: a mutant refused for that alone says nothing.
 *
 * A mutant is killed when `parseFlow` refuses it (the flow's load checks: the suite's import fails), or when
 * it disagrees with the flow's oracle, `flows/<id>/red-flags.oracle.ts`. The oracle's own check explores
 * every path of a machine (tens of seconds), so first a fast one: the people the real flow's exploration
 * meets (every state and every answer out of it, completed with "no" and the facts' typical values) are
 * triaged by the mutant and held to `oracleDecision` on what the mutant asked them. Only a mutant that
 * survives that is explored in full with `oracleDisagreements`, which is what paths.test.ts runs.
 *
 * It prints each survivor with what was changed, a line per operator and `flow rules: K killed of N (X%)`;
 * it exits 1 if a mutant survives that is not in EQUIVALENT below, if an entry there is killed or is no
 * mutant any more, or if a flow has no oracle (its mutants cannot be judged). Over-triage is reported only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { flowIds, getFlow } from '@/flows';
import { isNumberCondition, type Condition, type NumberCondition } from '@/lib/flow/condition';
import type { Facts } from '@/lib/flow/facts';
import type { Flow } from '@/lib/flow/flow-schema';
import { parseFlow } from '@/lib/flow/parse-flow';
import { TIERS, type TierName } from '@/lib/flow/tiers';
import { toolsOf, type AnswerValue, type Patient } from '@/lib/screens';
import { exploreFlow, type FlowGraph, type Judge } from '@/lib/testing/flow-paths';
import { readAnswers, shownNow, type Answers } from '@/lib/triage/answers';
import { createTriageMachine, currentScreen } from '@/lib/triage/machine';
import { runTriage } from '@/lib/triage/run-triage';

const SELF_CARE_RULE = 'a self-care rule decides no tier or outcome: it only names the reason a self-care result gives';
const SUBSUMED_BY_6_WEEKS = 'it fires only at 91 days or more, where lasted_6_weeks_or_more already makes it routine';

/**
 * Mutants that cannot be killed because they change nothing the oracle can see, each with why. Keyed
 * by flow id, then by the mutant's name as this script prints it.
 */
const EQUIVALENT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'back-spasms': {
    // Conditions a question's own showIf already implies: only someone they hold for is asked it.
    'drop-condition known_condition_flare when.all[0]':
      'the "worse than usual" item is shown only to someone with a known condition (its showIf), so the any() of those is implied',
    'demote leg_weakness_worsening: urgent → routine':
      '"getting worse" is asked only after weakness in one leg (its showIf), which is urgent on its own (new_weakness_one_leg)',
    // The inflammatory pattern needs 91 days or more, and 42 days or more is routine on its own
    // (lasted_6_weeks_or_more): the rule decides no one's tier, it only names the reason. Every mutant of
    // it that keeps it at routine or below is equivalent.
    'demote inflammatory_pattern: routine → self_care': SUBSUMED_BY_6_WEEKS,
    'drop-condition inflammatory_pattern when.all[0]': SUBSUMED_BY_6_WEEKS,
    'drop-condition inflammatory_pattern when.all[1]': `${SUBSUMED_BY_6_WEEKS}; and the morning-stiffness question is asked only after 91 days (its showIf)`,
    'drop-condition inflammatory_pattern when.all[2]': SUBSUMED_BY_6_WEEKS,
    'swap-threshold inflammatory_pattern when.all[2].any[0]: age below 45 → atMost 45': SUBSUMED_BY_6_WEEKS,
    'swap-threshold inflammatory_pattern when.all[2].any[0]: age below 45 → atLeast 45': SUBSUMED_BY_6_WEEKS,
    // At 70 or over, every other way in already reaches a doctor (a first episode, a strain, sudden pain): the
    // rule closes the last way, back pain like before, so at 70 or over without that condition it changes no
    // tier or outcome, only the reasons. The condition keeps its words true ("you have had back pain like this before").
    'drop-condition recurring_pain_at_70_or_over when.all[1]':
      'at 70 or over, a first episode is routine (first_episode_at_50_or_over) and a strain or sudden pain urgent, so only someone whose pain came back is left for this rule',
    'drop-condition first_episode_at_50_or_over when.all[3]':
      '"started before 45" is asked only after morning stiffness, itself asked only after 91 days (their showIf), where lasted_6_weeks_or_more already makes it routine',
  },
};

/**
 * Equivalent by construction, in any flow: the conditions of a self-care rule that leads to the default
 * outcome. Such a rule only gives the reason a self-care result cites: any other rule that fires
 * outranks it, and with no rule firing `decide` gives self_care and its outcome anyway. Where its
 * conditions fall changes no one's tier or outcome, only which self-care reason is shown.
 */
function equivalentByConstruction(mutant: Mutant): string | undefined {
  const rule = mutant.rule;
  if (!rule || rule.tier !== 'self_care' || (rule.outcome ?? 'self_care') !== 'self_care') return undefined;
  return mutant.operator === 'drop-condition' || mutant.operator === 'swap-threshold' ? SELF_CARE_RULE : undefined;
}

const OPERATORS = ['demote', 'drop-condition', 'swap-threshold', 'remove-item', 'promote'] as const;
type Operator = (typeof OPERATORS)[number];
/** Reported apart: sending someone to more help than the oracle says is over-triage, not a missed red flag. */
const OVER_TRIAGE: readonly Operator[] = ['promote'];

interface Mutant {
  readonly operator: Operator;
  readonly name: string;
  /** The rule edited, for a rule's mutant. */
  readonly rule?: Flow['rules'][number];
  /** The flow as its files would hold it after the edit, for `parseFlow`. */
  readonly input: unknown;
}

type Verdict =
  | { readonly killed: true; readonly by: 'load' | 'fast' | 'full'; readonly detail: string }
  | { readonly killed: false; readonly detail?: string };

interface FlowOracle {
  oracleDecision(facts: Facts): { tier: TierName; outcome: string };
  ORACLE_JUDGES: readonly Judge[];
  oracleDisagreements(flow: Flow): { answers: object; expected: [TierName, string]; got: [TierName, string] }[];
}

/* A flow as JSON that can be edited: the parsed flow without its readonly types. */
type Editable<T> = T extends readonly (infer U)[] ? Editable<U>[] : T extends object ? { -readonly [K in keyof T]: Editable<T[K]> } : T;
type Draft = Editable<Flow>;
type DraftRule = Draft['rules'][number];

const draftOf = (flow: Flow): Draft => structuredClone(flow) as Draft;

// ---------------------------------------------------------------------------------------------------
// Making mutants

/** Every sub-condition with its path and a function that rebuilds the whole condition with it replaced. */
function* sites(c: Condition, at = '', rebuild: (next: Condition) => Condition = (next) => next): Generator<[Condition, string, (next: Condition) => Condition]> {
  yield [c, at, rebuild];
  const lists: [string, readonly Condition[], (parts: Condition[]) => Condition][] = [];
  if ('all' in c) lists.push(['all', c.all, (all) => ({ all })]);
  if ('any' in c) lists.push(['any', c.any, (any) => ({ any })]);
  for (const [key, parts, make] of lists) {
    for (const [i, part] of parts.entries()) {
      yield* sites(part, `${at}.${key}[${i}]`, (next) => rebuild(make(parts.map((p, j) => (j === i ? next : p)))));
    }
  }
  if ('not' in c) yield* sites(c.not, `${at}.not`, (next) => rebuild({ not: next }));
}

const COMPARISONS = ['atLeast', 'moreThan', 'below', 'atMost'] as const;
type Comparison = (typeof COMPARISONS)[number];
/** Off by one, then turned round. */
const SWAPS: Readonly<Record<Comparison, readonly Comparison[]>> = {
  atLeast: ['moreThan', 'below'],
  moreThan: ['atLeast', 'atMost'],
  below: ['atMost', 'atLeast'],
  atMost: ['below', 'moreThan'],
};

/** A rule moved to another tier: an outcome of the old tier is dropped, and so is an outcome no rule leads to any more. */
function retier(flow: Flow, index: number, tier: TierName): Draft {
  const draft = draftOf(flow);
  const rule = draft.rules[index]!;
  rule.tier = tier;
  if (rule.outcome !== undefined && draft.outcomes[rule.outcome]?.tier !== tier) {
    const orphan = rule.outcome;
    delete rule.outcome;
    const used = draft.rules.some((r) => (r.outcome ?? r.tier) === orphan);
    if (!used && !(TIERS as readonly string[]).includes(orphan)) delete draft.outcomes[orphan];
  }
  return draft;
}

function withRule(flow: Flow, index: number, edit: (rule: DraftRule) => void): Draft {
  const draft = draftOf(flow);
  edit(draft.rules[index]!);
  return draft;
}

function describeComparison(c: NumberCondition, op: Comparison): string {
  return `${c.fact} ${op} ${c[op]}`;
}

function* mutantsOf(flow: Flow): Generator<Mutant> {
  for (const [index, rule] of flow.rules.entries()) {
    const rank = TIERS.indexOf(rule.tier);
    const lower = TIERS[rank + 1];
    if (lower) yield { operator: 'demote', rule, name: `demote ${rule.id}: ${rule.tier} → ${lower}`, input: retier(flow, index, lower) };
    const higher = TIERS[rank - 1];
    if (higher) yield { operator: 'promote', rule, name: `promote ${rule.id}: ${rule.tier} → ${higher}`, input: retier(flow, index, higher) };

    for (const [site, at, rebuild] of sites(rule.when, 'when')) {
      if ('all' in site) {
        for (const i of site.all.keys()) {
          const rest = site.all.filter((_, j) => j !== i);
          const next = rest.length === 1 ? rest[0]! : { all: rest };
          yield { operator: 'drop-condition', rule, name: `drop-condition ${rule.id} ${at}.all[${i}]`, input: withRule(flow, index, (r) => (r.when = rebuild(next) as DraftRule['when'])) };
        }
      }
      if (isNumberCondition(site)) {
        for (const op of COMPARISONS) {
          if (site[op] === undefined) continue;
          for (const to of SWAPS[op]) {
            if (site[to] !== undefined) continue;
            const next: Record<string, unknown> = { ...site, [to]: site[op] };
            delete next[op];
            yield {
              operator: 'swap-threshold',
              rule,
              name: `swap-threshold ${rule.id} ${at}: ${describeComparison(site, op)} → ${to} ${site[op]}`,
              input: withRule(flow, index, (r) => (r.when = rebuild(next as Condition) as DraftRule['when'])),
            };
          }
        }
      }
    }
  }
  for (const [s, screen] of flow.screens.entries()) {
    if (screen.kind !== 'checklist') continue;
    for (const [i, item] of screen.items.entries()) {
      const draft = draftOf(flow);
      const items = (draft.screens[s] as Extract<Draft['screens'][number], { kind: 'checklist' }>).items;
      items.splice(i, 1);
      yield { operator: 'remove-item', name: `remove-item ${screen.id}: ${item.finding}`, input: draft };
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Judging them

/** A patient with what these facts say, and for anything they leave out "no" and the fact's typical value. */
function patientFrom(flow: Flow, facts: Facts): Patient {
  const values = Object.entries(flow.facts).flatMap(([id, fact]) =>
    fact.optional ? [] : [[id, facts.values[id] ?? (fact.kind === 'number' ? fact.typical : fact.values[0])] as const],
  );
  return { ...Object.fromEntries(values), findings: [...facts.findings].sort() };
}

/**
 * The people the real flow's exploration meets: the answers of every state it reaches and of every
 * answer it tries from there, read as facts and completed. Finished paths first: they are whole people.
 */
function peopleOf(flow: Flow, graph: FlowGraph): Patient[] {
  const seen = new Map<string, Patient>();
  const add = (answers: Answers) => {
    const patient = patientFrom(flow, readAnswers(flow, answers).facts);
    seen.set(JSON.stringify(patient), patient);
  };
  const nodes = [...graph.nodes.values()].sort((a, b) => Number(b.snapshot.status === 'done') - Number(a.snapshot.status === 'done'));
  for (const node of nodes) add(node.snapshot.context.answers);
  for (const node of nodes) {
    // A final outcome, or "Check your answers": no question to answer from here.
    const at = node.snapshot.status === 'done' ? null : currentScreen(node.snapshot);
    if (at === null) continue;
    const { answers } = node.snapshot.context;
    const tries = [...node.next.values()].flatMap((event) => (event.type === 'ANSWER' ? [event.value as AnswerValue] : []));
    // Each item of a checklist alone as well: the exploration keeps one answer per state it leads to, and
    // merges people the real flow treats alike (every emergency sign alone ends at the same outcome).
    const { screen } = shownNow(flow, readAnswers(flow, answers), at)!;
    if (screen.kind === 'checklist') tries.push(...screen.items.map((item) => [item.finding]));
    for (const value of tries) add({ ...answers, [at]: value });
  }
  return [...seen.values()];
}

/** What a flow's check recorded of a patient: their answers to the screens it showed them, read as it reads them. */
function askedFacts(flow: Flow, patient: Patient, path: readonly string[]): Facts {
  let answers: Answers = {};
  for (const id of path) {
    const { screen } = shownNow(flow, readAnswers(flow, answers), id)!;
    answers = { ...answers, [id]: toolsOf(screen).patientAnswer(screen, patient) };
  }
  return readAnswers(flow, answers).facts;
}

function firstLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n');
  return (lines[1] ?? lines[0]!).trim();
}

function judge(mutant: Mutant, oracle: FlowOracle, people: readonly Patient[]): Verdict {
  let flow: Flow;
  try {
    flow = parseFlow(mutant.input);
  } catch (error) {
    return { killed: true, by: 'load', detail: firstLine(error) };
  }
  for (const patient of people) {
    try {
      const result = runTriage(flow, patient);
      const expected = oracle.oracleDecision(askedFacts(flow, patient, result.path));
      if (expected.tier !== result.level || expected.outcome !== result.outcome) {
        return { killed: true, by: 'fast', detail: `${JSON.stringify(patient)}: ${result.level}/${result.outcome}, oracle ${expected.tier}/${expected.outcome}` };
      }
    } catch (error) {
      return { killed: true, by: 'fast', detail: `${JSON.stringify(patient)} throws: ${firstLine(error)}` };
    }
  }
  const [disagreement] = oracle.oracleDisagreements(flow);
  if (disagreement) {
    const { answers, expected, got } = disagreement;
    return { killed: true, by: 'full', detail: `${JSON.stringify(answers)}: ${got.join('/')}, oracle ${expected.join('/')}` };
  }
  return { killed: false };
}

async function oracleFor(flowId: string): Promise<FlowOracle | null> {
  const file = path.resolve(__dirname, '../../flows', flowId, 'red-flags.oracle.ts');
  if (!existsSync(file)) return null;
  const exported = (await import(pathToFileURL(file).href)) as Partial<FlowOracle>;
  const { oracleDecision, ORACLE_JUDGES, oracleDisagreements } = exported;
  if (!oracleDecision || !ORACLE_JUDGES || !oracleDisagreements) throw new Error(`${file} must export oracleDecision, ORACLE_JUDGES and oracleDisagreements`);
  return { oracleDecision, ORACLE_JUDGES, oracleDisagreements };
}

// ---------------------------------------------------------------------------------------------------

const percent = (killed: number, total: number) => (total === 0 ? '100' : ((100 * killed) / total).toFixed(1));
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

async function main() {
  const { values: args } = parseArgs({ options: { flow: { type: 'string', multiple: true }, verbose: { type: 'boolean', short: 'v' } } });
  const started = performance.now();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const tally = new Map<Operator, { total: number; load: number; fast: number; full: number; equivalent: number; survived: number }>();
  const failures: string[] = [];

  for (const id of args.flow ?? flowIds()) {
    const flow = getFlow(id);
    if (!flow) throw new Error(`unknown flow "${id}"; known flows: ${flowIds().join(', ')}`);
    const oracle = await oracleFor(id);
    if (!oracle) {
      say(`${id}: no oracle (flows/${id}/red-flags.oracle.ts): its rule mutants cannot be judged`);
      failures.push(`${id}: no oracle`);
      continue;
    }
    const flowStarted = performance.now();
    const people = peopleOf(flow, exploreFlow(flow, createTriageMachine(flow), oracle.ORACLE_JUDGES));
    say(`${id} ${flow.version}: ${flow.rules.length} rules; ${people.length} people from its explored paths (${seconds(flowStarted)})`);

    const equivalent = EQUIVALENT[id] ?? {};
    const names = new Set<string>();
    for (const mutant of mutantsOf(flow)) {
      names.add(mutant.name);
      const verdict = judge(mutant, oracle, people);
      const counts = tally.get(mutant.operator) ?? { total: 0, load: 0, fast: 0, full: 0, equivalent: 0, survived: 0 };
      tally.set(mutant.operator, counts);
      counts.total += 1;
      const allowed = equivalent[mutant.name] ?? equivalentByConstruction(mutant);
      if (verdict.killed) {
        counts[verdict.by] += 1;
        if (allowed) failures.push(`${id}: "${mutant.name}" is listed as equivalent but was killed (${verdict.by}): ${verdict.detail}`);
        if (args.verbose) say(`  killed (${verdict.by}) ${mutant.name}: ${verdict.detail}`);
      } else if (allowed) {
        counts.equivalent += 1;
        say(`  equivalent ${mutant.name}: ${allowed}`);
      } else {
        counts.survived += 1;
        say(`  SURVIVED ${mutant.name}${verdict.detail ? `: ${verdict.detail}` : ''}`);
        if (!OVER_TRIAGE.includes(mutant.operator)) failures.push(`${id}: "${mutant.name}" survived`);
      }
    }
    for (const name of Object.keys(equivalent)) if (!names.has(name)) failures.push(`${id}: "${name}" is listed as equivalent but is no mutant`);
  }

  const line = (label: string, operators: readonly Operator[]) => {
    const c = operators.map((op) => tally.get(op)).filter((x) => x !== undefined);
    const sum = (key: keyof (typeof c)[number]) => c.reduce((a, x) => a + x[key], 0);
    const killed = sum('load') + sum('fast') + sum('full');
    const total = sum('total');
    const live = total - sum('equivalent');
    return (
      `${label}: ${killed} killed of ${total} (${percent(killed, total)}%), ${sum('equivalent')} equivalent, ${sum('survived')} survived: ` +
      `${percent(killed, live)}% of the ${live} not equivalent (killed at load ${sum('load')}, by the fast check ${sum('fast')}, by the full check ${sum('full')})`
    );
  };
  say('');
  for (const op of OPERATORS) if (tally.has(op)) say(line(`  ${op}`, [op]));
  say(line('over-triage (promote)', OVER_TRIAGE));
  say(line('flow rules', OPERATORS.filter((op) => !OVER_TRIAGE.includes(op))));
  say(`(${seconds(started)})`);
  for (const failure of failures) process.stderr.write(`${failure}\n`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
