import {
  array,
  boolean,
  enum as oneOf,
  minLength,
  optional,
  record,
  regex,
  strictObject,
  string,
  url,
  union,
  type input,
  type output,
} from 'zod/mini';
import { ScreenSchema } from '../screens';
import { ConditionSchema } from './condition';
import { FactSchema } from './facts';
import { Service } from './services';
import { FactId, Id, Text, TextList } from './primitives';
import { TIERS } from './tiers';

/*
 * The shape of a flow: what a clinician reviews. Every type the engine uses is inferred from here;
 * `parseFlow` (./parse-flow) is the one boundary a flow crosses before anything trusts it.
 */

const Sources = (message = 'cite at least one source') => array(Id()).check(minLength(1, message));

/** For reviewers only: why a choice was made, what a source says. Never shown to a person. */
const Note = () => optional(Text());

const Source = () =>
  strictObject({
    /** The title only: a person reads it under "Where this advice comes from". */
    title: Text(),
    url: optional(url()),
    kind: oneOf(['seed', 'guideline', 'evidence']),
    note: Note(),
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
    /** The sign in a safety-net list, completing "Call 999 if you have back pain and:" (every red flag has one). */
    safetyNet: optional(Text()),
    note: Note(),
  });

const Rule = () =>
  strictObject({
    id: Id(),
    tier: oneOf(TIERS),
    when: ConditionSchema(),
    /** Plain words for "why this result": what the person said and why it matters. */
    reason: Text(),
    sources: Sources('every rule cites where it comes from'),
    /** A rule may send the person to a specific outcome of its tier (e.g. A&E rather than an ambulance). */
    outcome: optional(Id()),
    /**
     * false: a result from this rule names no cause. Where the worry is one the flow does not name (a
     * fracture, cancer, an aneurysm), the cause its findings suggest (a spasm, a strain) would reassure.
     */
    namesCauses: optional(boolean()),
    /** Where guidance is a judgement call, what was judged and why: for reviewers, never shown. */
    note: Note(),
  });

/** A sign in a safety-net list: a finding's own words, or words of its own (a combination of signs). */
const SafetyNetSign = () =>
  union([
    strictObject({
      finding: Id(),
      /** Listed only for someone this can apply to (the pregnancy signs for someone pregnant). */
      when: optional(ConditionSchema()),
    }),
    strictObject({ text: Text(), when: optional(ConditionSchema()) }),
  ]);

const Outcome = () =>
  strictObject({
    tier: oneOf(TIERS),
    title: Text(),
    instruction: Text(),
    timeframe: Text(),
    /** Where to go, each a tap: ids of the flow's services, the first the main action. */
    services: array(Id()),
    /** What to do now, or while waiting. */
    actions: TextList(),
    /**
     * What would change this advice, and what to do then: lists headed "Call 999 if you have back pain
     * and:", each at the tier of what it tells the person to do. `how` says where to get that help when
     * the heading cannot ("Get medical help today" on a self-care result: the GP surgery, or 111).
     */
    safetyNet: array(
      strictObject({ tier: oneOf(TIERS), heading: Text(), signs: array(SafetyNetSign()).check(minLength(1)), how: optional(Text()) }),
    ).check(
      minLength(1, 'needs at least one list'),
    ),
    /** The rest of the safety-net: what to do if it gets worse, or is not getting better. */
    afterwards: array(Text()),
    plan: oneOf(['self_care', 'professional', 'none']),
  });

const Cause = () =>
  strictObject({ id: Id(), name: Text(), description: Text(), suggestedBy: array(Id()).check(minLength(1)), sources: Sources(), note: Note() });

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
        /** The picture of the exercise: an SVG in public/, and its text alternative. */
        picture: strictObject({ src: string().check(regex(/^\/[a-z0-9/_-]+\.svg$/, 'a path under public/, like /exercises/bridge.svg')), alt: Text() }),
        sources: Sources(),
      }),
    ).check(minLength(1)),
    /** How often to do the exercises. */
    exercisesHowOften: Text(),
    exerciseSafety: TextList(),
    extraAdvice: array(strictObject({ id: Id(), when: ConditionSchema(), text: Text(), sources: Sources() })),
  });

const ProfessionalCare = () =>
  strictObject({
    /** Who the treatments are for: listed only to people this holds for (absent: everyone). */
    when: optional(ConditionSchema()),
    intro: Text(),
    treatments: array(strictObject({ id: Id(), name: Text(), description: Text(), sources: Sources() })),
    /**
     * Advice for the person on any result but the self-care plan's (which has its own extra advice):
     * each item when its condition holds, except on the outcomes whose own words say it already.
     */
    advice: array(
      strictObject({ id: Id(), when: ConditionSchema(), exceptOutcomes: optional(array(Id())), text: Text(), sources: Sources() }),
    ),
    note: Note(),
  });

const Meta = () => ({
  id: string().check(regex(/^[a-z][a-z0-9-]*$/, 'use lower-kebab-case')),
  version: string().check(regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0')),
  /** When this version was approved (YYYY-MM-DD): the FHIR Questionnaire's date. */
  date: optional(string().check(regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'use a date like 2026-11-25'))),
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
    /** Where to go, from the region the flow is localized for (flows/regions). */
    services: record(Id(), Service()),
    /** The region whose words and services the flow uses; absent in a flow that names no place. */
    region: optional(strictObject({ id: Id(), name: Text(), lang: Text() })),
    selfCare: SelfCare(),
    professionalCare: ProfessionalCare(),
  });
}

export type Flow = output<ReturnType<typeof FlowShape>>;
/** A flow as written in its files, before parsing (tests build flows in this shape). */
export type FlowInput = input<ReturnType<typeof FlowShape>>;
export type Rule = Flow['rules'][number];
export type Outcome = Flow['outcomes'][string];
