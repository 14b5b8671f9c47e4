import {
  array,
  boolean,
  enum as oneOf,
  literal,
  minLength,
  optional,
  record,
  regex,
  strictObject,
  string,
  url,
  type input,
  type output,
} from 'zod/mini';
import { ScreenSchema } from '../screens';
import { ConditionSchema } from './condition';
import { FactSchema } from './facts';
import { FactId, Id, Text, TextList } from './primitives';
import { TIERS } from './tiers';

/*
 * The shape of a flow: what a clinician reviews. Every type the engine uses is inferred from here;
 * `parseFlow` (./parse-flow) is the one boundary a flow crosses before anything trusts it.
 */

const Sources = (message = 'cite at least one source') => array(Id()).check(minLength(1, message));

const Source = () =>
  strictObject({
    title: Text(),
    url: optional(url()),
    kind: oneOf(['seed', 'guideline', 'evidence']),
  });

const Finding = () =>
  strictObject({
    /** What the person ticks or answers, as a statement about them. */
    label: Text(),
    /** The "why we ask" text. */
    why: Text(),
    sources: Sources('every finding says where it comes from'),
    /** A clinician's classification, checked against the rules: this finding alone means at least this tier. */
    redFlag: optional(oneOf(['emergency', 'urgent'])),
  });

const Rule = () =>
  strictObject({
    id: Id(),
    tier: oneOf(TIERS),
    when: ConditionSchema(),
    /** Plain words for "why this result": what the person said and why it matters. */
    reason: Text(),
    sources: Sources('every rule cites where it comes from'),
    /** A rule may send the person to a specific outcome of its tier (e.g. the under-16 page). */
    outcome: optional(Id()),
    /** Emergency rules always end the check; this lets an out-of-scope rule (under 16) end it too. */
    endsCheck: optional(literal(true)),
  });

const Outcome = () =>
  strictObject({
    tier: oneOf(TIERS),
    title: Text(),
    instruction: Text(),
    timeframe: Text(),
    call: optional(strictObject({ number: Text(), label: Text(), others: Text() })),
    /** What to do now, or while waiting. */
    actions: TextList(),
    /** What would change this advice, and what to do then. */
    safetyNet: TextList(),
    showCauses: boolean(),
    plan: oneOf(['self_care', 'professional', 'none']),
  });

const Cause = () =>
  strictObject({ id: Id(), name: Text(), description: Text(), suggestedBy: array(Id()).check(minLength(1)), sources: Sources() });

const SelfCare = () =>
  strictObject({
    intro: Text(),
    treatments: array(
      strictObject({ id: Id(), title: Text(), advice: TextList(), cautions: array(Text()), sources: Sources() }),
    ).check(minLength(1)),
    exercisesIntro: Text(),
    exercises: array(
      strictObject({
        id: Id(),
        name: Text(),
        purpose: Text(),
        steps: TextList(),
        hold: Text(),
        repetitions: Text(),
        sources: Sources(),
      }),
    ).check(minLength(1)),
    exerciseSafety: TextList(),
    extraAdvice: array(strictObject({ id: Id(), when: ConditionSchema(), text: Text(), sources: Sources() })),
  });

const ProfessionalCare = () =>
  strictObject({
    intro: Text(),
    treatments: array(strictObject({ id: Id(), name: Text(), description: Text(), sources: Sources() })),
  });

const Meta = () => ({
  id: string().check(regex(/^[a-z][a-z0-9-]*$/, 'use lower-kebab-case')),
  version: string().check(regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0')),
  title: Text(),
  description: Text(),
  audience: Text(),
});

const file = <Shape extends object>(shape: Shape) => strictObject({ $schema: optional(string()), ...shape });

/** The parts a flow folder holds, one JSON file each; `$schema` lets an editor check the file. */
export const FLOW_PARTS = {
  flow: () => file(Meta()),
  facts: () => file({ facts: record(FactId(), FactSchema()) }),
  sources: () => file({ sources: record(Id(), Source()) }),
  findings: () => file({ findings: record(Id(), Finding()) }),
  screens: () => file({ screens: array(ScreenSchema()).check(minLength(1)) }),
  rules: () => file({ rules: array(Rule()).check(minLength(1)) }),
  outcomes: () => file({ outcomes: record(Id(), Outcome()) }),
  causes: () => file({ causes: array(Cause()) }),
  'self-care': () => file({ selfCare: SelfCare() }),
  'professional-care': () => file({ professionalCare: ProfessionalCare() }),
} as const;

export type FlowPartName = keyof typeof FLOW_PARTS;

export function FlowShape() {
  return strictObject({
    ...Meta(),
    facts: record(FactId(), FactSchema()),
    sources: record(Id(), Source()),
    findings: record(Id(), Finding()),
    screens: array(ScreenSchema()).check(minLength(1)),
    rules: array(Rule()).check(minLength(1)),
    outcomes: record(Id(), Outcome()),
    causes: array(Cause()),
    selfCare: SelfCare(),
    professionalCare: ProfessionalCare(),
  });
}

export type Flow = output<ReturnType<typeof FlowShape>>;
/** A flow as written in its files, before parsing (tests build flows in this shape). */
export type FlowInput = input<ReturnType<typeof FlowShape>>;
export type Rule = Flow['rules'][number];
export type Outcome = Flow['outcomes'][string];
