import type { Flow } from '../flow/flow-schema';

/** A string a person reads, where it lives in the flow, and whether it tells them what to do to stay safe. */
export interface FlowText {
  readonly path: string;
  readonly text: string;
  readonly safety: boolean;
}

/**
 * Every string of a flow that a person reads, for the readability test. Safety-critical text is what tells
 * a person what to do and when: instructions, actions, safety-nets, cautions and the emergency signs.
 * Source titles are left out: they are the names of documents, not prose of ours.
 */
export function flowTexts(flow: Flow): FlowText[] {
  const out: FlowText[] = [];
  const add = (path: string, text: string | undefined, safety = false) => text !== undefined && out.push({ path, text, safety });
  const emergencyItems = new Set(flow.screens[0]?.kind === 'checklist' ? flow.screens[0].items.map((i) => i.finding) : []);

  add('title', flow.title);
  add('description', flow.description);
  for (const [id, f] of Object.entries(flow.findings)) {
    add(`findings.${id}.label`, f.label, emergencyItems.has(id));
    add(`findings.${id}.why`, f.why);
    add(`findings.${id}.safetyNet`, f.safetyNet, true);
  }
  for (const s of flow.screens) {
    for (const key of ['question', 'hint', 'why', 'summaryLabel'] as const) add(`screens.${s.id}.${key}`, s[key]);
    if (s.kind === 'checklist') add(`screens.${s.id}.noneLabel`, s.noneLabel);
    if (s.kind === 'number') for (const [key, text] of Object.entries(s.errors)) add(`screens.${s.id}.errors.${key}`, text);
    if (s.kind === 'choice' || s.kind === 'range') s.options.forEach((o, i) => add(`screens.${s.id}.options[${i}]`, o.label));
  }
  for (const r of flow.rules) add(`rules.${r.id}.reason`, r.reason);
  for (const [id, o] of Object.entries(flow.outcomes)) {
    add(`outcomes.${id}.title`, o.title, true);
    add(`outcomes.${id}.instruction`, o.instruction, true);
    add(`outcomes.${id}.timeframe`, o.timeframe, true);
    o.actions.forEach((t, i) => add(`outcomes.${id}.actions[${i}]`, t, true));
    o.safetyNet.forEach((list, i) => {
      add(`outcomes.${id}.safetyNet[${i}].heading`, list.heading, true);
      list.signs.forEach((sign, j) => 'text' in sign && add(`outcomes.${id}.safetyNet[${i}].signs[${j}]`, sign.text, true));
    });
    o.afterwards.forEach((t, i) => add(`outcomes.${id}.afterwards[${i}]`, t, true));
  }
  for (const [id, s] of Object.entries(flow.services)) {
    add(`services.${id}.label`, s.label, true);
    add(`services.${id}.description`, s.description, true);
  }
  for (const c of flow.causes) {
    add(`causes.${c.id}.name`, c.name);
    add(`causes.${c.id}.description`, c.description);
  }
  const care = flow.selfCare;
  add('selfCare.intro', care.intro);
  for (const t of care.treatments) {
    add(`selfCare.treatments.${t.id}.title`, t.title);
    t.advice.forEach((a, i) => add(`selfCare.treatments.${t.id}.advice[${i}]`, a));
    t.cautions.forEach((c, i) => add(`selfCare.treatments.${t.id}.cautions[${i}]`, c, true));
  }
  add('selfCare.exercisesIntro', care.exercisesIntro);
  add('selfCare.exercisesHowOften', care.exercisesHowOften);
  for (const e of care.exercises) {
    for (const key of ['name', 'purpose', 'hold', 'repetitions'] as const) add(`selfCare.exercises.${e.id}.${key}`, e[key]);
    e.steps.forEach((s, i) => add(`selfCare.exercises.${e.id}.steps[${i}]`, s));
    add(`selfCare.exercises.${e.id}.picture.alt`, e.picture.alt);
  }
  care.exerciseSafety.forEach((t, i) => add(`selfCare.exerciseSafety[${i}]`, t, true));
  care.extraAdvice.forEach((a) => add(`selfCare.extraAdvice.${a.id}`, a.text));
  add('professionalCare.intro', flow.professionalCare.intro);
  for (const t of flow.professionalCare.treatments) {
    add(`professionalCare.treatments.${t.id}.name`, t.name);
    add(`professionalCare.treatments.${t.id}.description`, t.description);
  }
  flow.professionalCare.advice.forEach((a) => add(`professionalCare.advice.${a.id}`, a.text, true));
  return out;
}
