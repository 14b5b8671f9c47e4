import type { Condition } from '../flow/condition';
import type { FactDeclarations, Facts } from '../flow/facts';
import type { FlowIssue } from '../flow/primitives';

/**
 * An answer to one screen, stored under the screen's id (also its form field's name): a checklist's
 * ticked finding ids ([] is "None of these"), "yes" or "no", a number, or one of a choice's values.
 */
export type AnswerValue = readonly string[] | string | number;

/** What a screen kind may read of its flow. */
export interface ScreenFlow {
  readonly findings: Readonly<Record<string, { readonly label: string }>>;
  readonly facts: FactDeclarations;
}

/** A person as the CLI and the API describe them: their findings, and a value for each fact. */
export interface Patient {
  readonly id?: string;
  readonly findings: readonly string[];
  readonly [fact: string]: unknown;
}

/** What the path explorer needs to choose the answers it tries on a screen. */
interface ProbeContext {
  readonly flow: ScreenFlow;
  /** Every condition of the flow: rules, screens' and items' showIf. */
  readonly conditions: readonly Condition[];
}

/**
 * Everything the engine and the wizard know about one kind of screen. Adding a kind is one module like
 * ./range.ts, holding this and the kind's ScreenKindTools; a line for each in ./index.ts; and a
 * field component in the app.
 *
 * `S` is the screen as a flow file defines it. A screen is "shown" to a person as it is, except that a
 * checklist shows only the items whose `showIf` holds for them.
 */
export interface ScreenKind<S, A extends AnswerValue> {
  shown(screen: S, before: Facts): S;
  /** Whether a value is a possible answer to the screen as shown: the one check of an answer, wherever it comes from. */
  accepts(shown: S, value: unknown, flow: ScreenFlow): value is A;
  /** What a person is told when what they gave is not an answer the screen accepts. */
  notAccepted(shown: S, flow: ScreenFlow): string;
  /** What the person has said once they have answered. */
  apply(facts: Facts, screen: S, answer: A, flow: ScreenFlow): Facts;
  /**
   * The form field: what a browser sends for it, read as the answer or as the message a person reads.
   * The wizard's form and the server, reading a form posted without JavaScript, both read it here.
   */
  read(shown: S, sent: unknown, flow: ScreenFlow): Reading<A>;
  /** What the form field holds for an answer, or before one is given. */
  formValue(screen: S, answer: A | undefined): unknown;
  /** The id of the control an error summary links to. */
  firstControl(shown: S): string;
  /** The answer in words, for the summary of answers and the printout. */
  describe(screen: S, answer: A, flow: ScreenFlow): string[];
  /** The quickest answer, to estimate how many questions are left. */
  quickest(shown: S, flow: ScreenFlow): A;
}

/**
 * A kind's part in the compiled engine that the API and the CLI run (and the flow explorer's "Try a
 * patient"). Kept apart from ScreenKind, as the tools are, so that the wizard's scripts leave it out.
 */
export interface ScreenKindCompiler<S> {
  /**
   * Answer the screen for a patient straight into the working state, as `shown`, the tools'
   * `patientAnswer` and `apply` do together, without building answers or facts.
   */
  compile(screen: S, context: CompileContext): (state: FactState, patient: Patient) => void;
}

/**
 * What the tools around the wizard need of a kind: the flow checks, the path explorer, and the runner
 * that walks a patient through the machine (the tests that hold it equal to the compiled engine, the
 * bench). Kept apart from ScreenKind (in the same module, with the kind's `definition`, its schema in
 * a flow file) because the wizard never uses them: nothing in the browser refers to them, so the
 * bundler leaves them, and zod, out of the pages' scripts.
 */
export interface ScreenKindTools<S, A extends AnswerValue> {
  /** The finding and fact ids it asks about. */
  asks(screen: S): string[];
  /** How a patient answers it: a finding they have is "yes", any other "no". */
  patientAnswer(shown: S, patient: Patient): A;
  /** Problems only this kind can see: the facts or findings it names, its options. */
  check(screen: S, context: { readonly flow: ScreenFlow; readonly conditions: readonly Condition[] }): FlowIssue[];
  /** The answers the path explorer tries: enough to meet every boundary a rule or screen draws. */
  probes(shown: S, context: ProbeContext): A[];
}

/** The compiled engine's working state: what the patient has, and has said so far, by index. */
export interface FactState {
  /** The findings the patient has, whether or not they are asked. */
  readonly given: Uint8Array;
  /** The findings asked so far. */
  readonly asked: Uint8Array;
  /** The findings answered yes so far. */
  readonly yes: Uint8Array;
  /** The facts given so far, by the flow's fact order. */
  readonly values: (number | string | undefined)[];
}

/** How a screen kind finds its findings, facts and conditions in the compiled engine. */
interface CompileContext {
  finding(id: string): number;
  fact(id: string): number;
  condition(condition: Condition): (state: FactState) => boolean;
}

/** What a form field's value comes to: the answer, or the one message the person is shown. */
export type Reading<A> = { readonly answer: A } | { readonly error: string };

/**
 * The answer, if the screen as shown accepts it, or the kind's message. Where a kind's form sends the
 * answer as it is (a radio's value), this is the whole of reading it; the others end with it.
 */
export function acceptedAnswer<S, A extends AnswerValue>(kind: ScreenKind<S, A>, shown: S, value: unknown, flow: ScreenFlow): Reading<A> {
  return kind.accepts(shown, value, flow) ? { answer: value } : { error: kind.notAccepted(shown, flow) };
}

/** The id of one option's control: the field's name and the value it carries. */
export function controlId(name: string, value: string): string {
  return `${name}--${value}`;
}
