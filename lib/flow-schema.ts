import * as z from 'zod';
import { checkFlow } from './check-flow';
import { TIERS } from './tiers';

/*
 * The shape of a flow: what a clinician reviews. Every type the engine uses is inferred from here,
 * and `parseFlow` is the one boundary a flow crosses before anything trusts it.
 */

const Id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower_snake_case: a-z, 0-9 and _, starting with a letter');
const Text = z.string().trim().min(1, 'must not be empty');
const TextList = z.array(Text).min(1, 'needs at least one entry');

export const TierSchema = z.enum(TIERS);
export const NUMBER_FACTS = ['age', 'durationDays', 'ageAtOnset'] as const;
export const SEXES = ['female', 'male'] as const;
export const SexSchema = z.enum(SEXES);

/** Comparisons read as plain words so a clinician can check them: `{ "fact": "age", "atLeast": 50 }`. */
const NumberCondition = z
  .strictObject({
    fact: z.enum(NUMBER_FACTS),
    below: z.number().optional(),
    atMost: z.number().optional(),
    atLeast: z.number().optional(),
    moreThan: z.number().optional(),
  })
  .refine(
    (c) => c.below !== undefined || c.atMost !== undefined || c.atLeast !== undefined || c.moreThan !== undefined,
    'a number condition needs one of below, atMost, atLeast or moreThan',
  );

export type Condition =
  | { finding: string }
  | z.infer<typeof NumberCondition>
  | { fact: 'sex'; is: z.infer<typeof SexSchema> }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ finding: Id }),
      NumberCondition,
      z.strictObject({ fact: z.literal('sex'), is: SexSchema }),
      z.strictObject({ all: z.array(ConditionSchema).min(1) }),
      z.strictObject({ any: z.array(ConditionSchema).min(1) }),
      z.strictObject({ not: ConditionSchema }),
    ],
    {
      error:
        'a condition is one of {finding}, {fact, below|atMost|atLeast|moreThan}, {fact: "sex", is}, {all: [...]}, {any: [...]} or {not}',
    },
  ),
);

const SourceSchema = z.strictObject({
  title: Text,
  url: z.url().optional(),
  kind: z.enum(['seed', 'guideline', 'evidence']),
});

const FindingSchema = z.strictObject({
  /** What the person ticks or answers, as a statement about them. */
  label: Text,
  /** The "why we ask" text. */
  why: Text,
  sources: z.array(Id).min(1, 'every finding says where it comes from'),
  /** A clinician's classification, checked against the rules: this finding alone means at least this tier. */
  redFlag: z.enum(['emergency', 'urgent']).optional(),
});

const ChecklistItemSchema = z.strictObject({ finding: Id, showIf: ConditionSchema.optional() });

const screenCommon = {
  question: Text,
  hint: Text.optional(),
  /** Short title for summaries and the print view ("Emergency signs"). */
  summaryLabel: Text,
  why: Text.optional(),
  showIf: ConditionSchema.optional(),
};

const ChecklistScreenSchema = z.strictObject({
  kind: z.literal('checklist'),
  id: Id,
  ...screenCommon,
  items: z.array(ChecklistItemSchema).min(1),
  noneLabel: Text,
});

/** A yes/no screen asks about one finding, and its id is that finding's id (the form field's name). */
const YesNoScreenSchema = z.strictObject({ kind: z.literal('yesno'), id: Id, ...screenCommon });

const NumberScreenSchema = z.strictObject({
  kind: z.literal('number'),
  id: z.enum(['age', 'durationDays']),
  ...screenCommon,
  min: z.int().nonnegative(),
  max: z.int().positive(),
  unit: z.enum(['years', 'days']),
});

const ChoiceScreenSchema = z.strictObject({
  kind: z.literal('choice'),
  id: z.literal('sex'),
  ...screenCommon,
  options: z.strictObject({ female: Text, male: Text }),
});

export const ScreenSchema = z.discriminatedUnion('kind', [
  ChecklistScreenSchema,
  YesNoScreenSchema,
  NumberScreenSchema,
  ChoiceScreenSchema,
]);

const RuleSchema = z.strictObject({
  id: Id,
  tier: TierSchema,
  when: ConditionSchema,
  /** Plain words for "why this result": what the person said and why it matters. */
  reason: Text,
  sources: z.array(Id).min(1, 'every rule cites where it comes from'),
  /** A rule may send the person to a specific outcome of its tier (e.g. the under-16 page). */
  outcome: Id.optional(),
  /** Emergency rules always end the check; this lets an out-of-scope rule (under 16) end it too. */
  endsCheck: z.literal(true).optional(),
});

const CallSchema = z.strictObject({ number: Text, label: Text, others: Text });

const OutcomeSchema = z.strictObject({
  tier: TierSchema,
  title: Text,
  instruction: Text,
  timeframe: Text,
  call: CallSchema.optional(),
  /** What to do now, or while waiting. */
  actions: TextList,
  /** What would change this advice, and what to do then. */
  safetyNet: TextList,
  showCauses: z.boolean(),
  plan: z.enum(['self_care', 'professional', 'none']),
});

const CauseSchema = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  suggestedBy: z.array(Id).min(1),
  sources: z.array(Id).min(1),
});

const TreatmentSchema = z.strictObject({
  id: Id,
  title: Text,
  advice: TextList,
  cautions: z.array(Text),
  sources: z.array(Id).min(1),
});

const ExerciseSchema = z.strictObject({
  id: Id,
  name: Text,
  purpose: Text,
  steps: TextList,
  hold: Text,
  repetitions: Text,
  sources: z.array(Id).min(1),
});

const ExtraAdviceSchema = z.strictObject({
  id: Id,
  when: ConditionSchema,
  text: Text,
  sources: z.array(Id).min(1),
});

const SelfCareSchema = z.strictObject({
  intro: Text,
  treatments: z.array(TreatmentSchema).min(1),
  exercisesIntro: Text,
  exercises: z.array(ExerciseSchema).min(1),
  exerciseSafety: TextList,
  extraAdvice: z.array(ExtraAdviceSchema),
});

const ProfessionalCareSchema = z.strictObject({
  intro: Text,
  treatments: z.array(
    z.strictObject({ id: Id, name: Text, description: Text, sources: z.array(Id).min(1) }),
  ),
});

/** The parts a flow folder holds, one JSON file each; `$schema` lets an editor check the file. */
export const FLOW_PARTS = {
  flow: z.strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-kebab-case'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0'),
    title: Text,
    description: Text,
    audience: Text,
  }),
  sources: z.strictObject({ $schema: z.string().optional(), sources: z.record(Id, SourceSchema) }),
  findings: z.strictObject({ $schema: z.string().optional(), findings: z.record(Id, FindingSchema) }),
  screens: z.strictObject({ $schema: z.string().optional(), screens: z.array(ScreenSchema).min(1) }),
  rules: z.strictObject({ $schema: z.string().optional(), rules: z.array(RuleSchema).min(1) }),
  outcomes: z.strictObject({ $schema: z.string().optional(), outcomes: z.record(Id, OutcomeSchema) }),
  causes: z.strictObject({ $schema: z.string().optional(), causes: z.array(CauseSchema) }),
  'self-care': z.strictObject({ $schema: z.string().optional(), selfCare: SelfCareSchema }),
  'professional-care': z.strictObject({
    $schema: z.string().optional(),
    professionalCare: ProfessionalCareSchema,
  }),
} as const;

export type FlowPartName = keyof typeof FLOW_PARTS;

const FlowShape = z.strictObject({
  id: FLOW_PARTS.flow.shape.id,
  version: FLOW_PARTS.flow.shape.version,
  title: Text,
  description: Text,
  audience: Text,
  sources: FLOW_PARTS.sources.shape.sources,
  findings: FLOW_PARTS.findings.shape.findings,
  screens: FLOW_PARTS.screens.shape.screens,
  rules: FLOW_PARTS.rules.shape.rules,
  outcomes: FLOW_PARTS.outcomes.shape.outcomes,
  causes: FLOW_PARTS.causes.shape.causes,
  selfCare: SelfCareSchema,
  professionalCare: ProfessionalCareSchema,
});

/** A flow whose cross-references hold: the schema checks shape, `checkFlow` checks meaning. */
export const FlowSchema = FlowShape.check((ctx) => {
  for (const issue of checkFlow(ctx.value)) {
    ctx.issues.push({ code: 'custom', input: ctx.value, ...issue });
  }
});

export type FlowInput = z.input<typeof FlowShape>;
export type Flow = z.output<typeof FlowShape>;
export type Tier = z.infer<typeof TierSchema>;
export type Sex = z.infer<typeof SexSchema>;
export type Screen = Flow['screens'][number];
export type ChecklistScreen = Extract<Screen, { kind: 'checklist' }>;
export type YesNoScreen = Extract<Screen, { kind: 'yesno' }>;
export type NumberScreen = Extract<Screen, { kind: 'number' }>;
export type ChoiceScreen = Extract<Screen, { kind: 'choice' }>;
export type Rule = Flow['rules'][number];
export type Outcome = Flow['outcomes'][string];
export type Finding = Flow['findings'][string];
export type Cause = Flow['causes'][number];
export type NumberFact = (typeof NUMBER_FACTS)[number];

export class FlowError extends Error {
  constructor(
    readonly flowId: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `Invalid flow "${flowId}":\n` + issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n'),
    );
    this.name = 'FlowError';
  }
}

/** Parses a flow, or throws a FlowError naming every bad path (e.g. `rules[3].when.all[1].finding`). */
export function parseFlow(input: unknown): Flow {
  const result = FlowSchema.safeParse(input, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
  });
  if (result.success) return result.data;
  const id = typeof input === 'object' && input && 'id' in input ? String(input.id) : '(unknown)';
  throw new FlowError(
    id,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}
