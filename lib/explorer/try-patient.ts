import type { FlowCore } from '../flow/flow-core';
import { kindOf, readAnswer, type Patient, type Screen } from '../screens';
import type { TriageResult } from '../triage/result';
import { compiledFor } from '../triage/run-triage';
import { stepsTaken } from './flow-graph';

/*
 * "Try a patient" on the flow explorer: a form for a patient's facts and findings, and the compiled
 * engine's answer for them, the same `runTriage` the CLI and the API run. Runs in the browser, so it
 * takes the flow's core (lib/flow/flow-core) and imports nothing of the flow's schema or registry.
 */

/** A fact the form asks for, as the screen that asks it does: a whole number, a range or a choice. */
type FactField =
  | { readonly kind: 'number'; readonly id: string; readonly label: string; readonly hint: string }
  | { readonly kind: 'options'; readonly id: string; readonly label: string; readonly options: readonly { readonly value: string; readonly label: string }[] };

/** The findings of one screen, as checkboxes: a checklist's items, or a yes/no screen's one finding. */
interface FindingGroup {
  readonly screen: string;
  readonly label: string;
  readonly findings: readonly { readonly id: string; readonly label: string }[];
}

export interface PatientForm {
  readonly facts: readonly FactField[];
  readonly groups: readonly FindingGroup[];
}

function factField(flow: FlowCore, screen: Screen): FactField | null {
  const fact = flow.facts[screen.id];
  switch (screen.kind) {
    case 'number':
      return {
        kind: 'number',
        id: screen.id,
        label: fact?.label ?? screen.summaryLabel,
        hint: fact?.kind === 'number' ? `A whole number of ${fact.unit}, ${fact.min} to ${fact.max}` : '',
      };
    case 'range':
      // The engine takes the start of the range the patient's number falls in, so one value per range says it all.
      return { kind: 'options', id: screen.id, label: screen.summaryLabel, options: screen.options.map((o) => ({ value: String(o.from), label: o.label })) };
    case 'choice':
      return { kind: 'options', id: screen.id, label: screen.summaryLabel, options: screen.options.map((o) => ({ value: o.value, label: o.label })) };
    default:
      return null;
  }
}

/** The form for a flow's patients: its asked facts, then its findings grouped by the screen that asks them. */
export function patientForm(flow: FlowCore): PatientForm {
  return {
    facts: flow.screens.flatMap((screen) => factField(flow, screen) ?? []),
    groups: flow.screens.flatMap((screen) => {
      const ids = screen.kind === 'checklist' ? screen.items.map((item) => item.finding) : screen.kind === 'yesno' ? [screen.id] : [];
      return ids.length ? [{ screen: screen.id, label: screen.summaryLabel, findings: ids.map((id) => ({ id, label: flow.findings[id]!.label })) }] : [];
    }),
  };
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * The patient a filled-in form describes (its FormData), or what is wrong with it, in the flow's own
 * words: a number is read by its screen's kind, as the wizard reads it.
 */
export function readPatientForm(
  flow: FlowCore,
  form: PatientForm,
  values: { readonly get: (name: string) => unknown; readonly getAll: (name: string) => readonly unknown[] },
): { patient: Patient } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const facts: Record<string, number | string> = {};
  for (const field of form.facts) {
    const given = values.get(field.id);
    const raw = typeof given === 'string' ? given.trim() : '';
    const screen = flow.screens.find((s) => s.id === field.id)!;
    if (field.kind === 'number') {
      // Read as the wizard reads the screen's field, so both say the same of the same number.
      const read = readAnswer(screen, given, flow);
      if ('error' in read) problems.push({ field: field.id, message: read.error });
      else facts[field.id] = read.answer as number;
    } else if (field.kind === 'options') {
      const option = field.options.find((o) => o.value === raw);
      if (!option) problems.push({ field: field.id, message: kindOf(screen).notAccepted(screen, flow) });
      else facts[field.id] = screen.kind === 'range' ? Number(option.value) : option.value;
    }
  }
  if (problems.length) return { problems };
  const known = new Set(form.groups.flatMap((group) => group.findings.map((f) => f.id)));
  const findings = values.getAll('findings').filter((id): id is string => typeof id === 'string' && known.has(id));
  return { patient: { ...facts, findings: [...new Set(findings)] } };
}

export interface Trial {
  /** What the CLI and the API answer for this patient. */
  readonly result: TriageResult;
  /** The steps taken: the screens shown, "Check your answers" unless the check ended early, and the outcome. */
  readonly steps: readonly string[];
  /** Every rule that fired, in the flow's order: the result's reasons, and those a more urgent tier outranked. */
  readonly fired: readonly string[];
}

/** Runs the compiled engine for a patient, as the CLI does, and says which way it went. */
export function tryPatient(flow: FlowCore, patient: Patient): Trial {
  const engine = compiledFor(flow);
  const { decision, fired, path } = engine.decide(patient);
  return { result: engine.run(patient), steps: stepsTaken(path, decision.outcome, decision.stopped), fired: fired.map((rule) => rule.id) };
}
