import fc from 'fast-check';
import { createActor, type Actor } from 'xstate';
import { toolsOf, type AnswerValue, type Patient, type Screen } from '@/lib/screens';
import { patientArbitrary } from '@/lib/testing/patient-arbitrary';
import { readAnswers, shownNow, type Answers } from '@/lib/triage/answers';
import { createTriageMachine, currentScreen, type TriageInput, type TriageMachine } from '@/lib/triage/machine';
import { REVIEW } from '@/lib/triage/next-step';
import { runTriage } from '@/lib/triage/run-triage';
import { loadFlow } from '@/flows';

const flow = loadFlow('back-spasms');
const machine = createTriageMachine(flow);

/*
 * "Change" on "Check your answers", as a person uses it. A person first answers as someone slightly
 * different (another age, fewer findings: a slip, or something remembered later), then puts right on
 * "Check your answers" each answer that is not what they would say, answering truthfully whatever the
 * check asks on the way. Between moves they may reload the page or go back to "Check your answers" with
 * the browser's Back. Whatever they do, their result must be the one the CLI gives for the truth.
 *
 * A person can only judge a checklist by the items they were shown when they answered it, so that is
 * what this person checks it against: an item a change adds to a list already answered is one they have
 * never seen, and only the check can ask about it.
 */
class Person {
  private actor!: Actor<TriageMachine>;
  /** For each checklist, the items it showed when it was last answered. */
  private readonly seen = new Map<string, readonly string[]>();
  /** Each screen's answer as this person last gave it. */
  private readonly given = new Map<string, AnswerValue>();

  constructor(input: TriageInput) {
    this.open(input);
  }

  open(input: TriageInput) {
    this.actor?.stop();
    this.actor = createActor(machine, { input }).start();
  }

  get snapshot() {
    return this.actor.getSnapshot();
  }

  /** The result, once the check has reached one. */
  result() {
    const snapshot = this.snapshot;
    return snapshot.status === 'done' ? snapshot.output! : null;
  }

  get answers(): Answers {
    return this.snapshot.context.answers;
  }

  /** The screen on show, as this person sees it, or null on "Check your answers" and the result. */
  shown() {
    const at = currentScreen(this.snapshot);
    return at === null ? null : shownNow(flow, readAnswers(flow, this.answers), at)!.screen;
  }

  answerAs(patient: Patient) {
    const screen = this.shown()!;
    this.expectFilledInAsGiven(screen);
    if (screen.kind === 'checklist') this.seen.set(screen.id, screen.items.map((item) => item.finding));
    const value = toolsOf(screen).patientAnswer(screen, patient);
    this.given.set(screen.id, value);
    this.actor.send({ type: 'ANSWER', screen: screen.id, value });
    // Ticks the answer hid (an age at which a fall no longer counts) are taken off, and the person is told
    // so ("dropped"): what they last gave that list is what is left of it.
    for (const tick of this.snapshot.context.dropped) {
      const [id, finding] = tick.split('.') as [string, string | undefined];
      const given = this.given.get(id);
      if (finding && Array.isArray(given)) this.given.set(id, given.filter((f) => f !== finding));
    }
  }

  /** A question asked again is filled in with what the person last answered to it, as far as it still offers. */
  private expectFilledInAsGiven(screen: Screen) {
    const { again, answers } = this.snapshot.context;
    if (!Object.hasOwn(again, screen.id) || Object.hasOwn(answers, screen.id) || !this.given.has(screen.id)) return;
    const offered = (value: AnswerValue) =>
      screen.kind === 'checklist' ? (value as string[]).filter((id) => screen.items.some((item) => item.finding === id)).sort() : value;
    expect(offered(again[screen.id]!)).toEqual(offered(this.given.get(screen.id)!));
  }

  /** The first answer on "Check your answers" that is not what `patient` would say to the question as they saw it. */
  wrongAnswer(patient: Patient): string | undefined {
    return readAnswers(flow, this.answers).answered.find((id) => {
      const given = this.answers[id];
      const screen = shownNow(flow, readAnswers(flow, this.answers), id)!.screen;
      if (screen.kind !== 'checklist') return given !== toolsOf(screen).patientAnswer(screen, patient);
      const truth = this.seen.get(id)!.filter((finding) => patient.findings.includes(finding));
      return JSON.stringify([...(given as string[])].sort()) !== JSON.stringify(truth.sort());
    });
  }

  send(event: Parameters<Actor<TriageMachine>['send']>[0]) {
    this.actor.send(event);
  }
}

type Detour = 'none' | 'reload' | 'back-to-review';

/** The result of a person who answers as `slip`, then corrects their answers to `truth`, with a detour after each move. */
function correct(slip: Patient, truth: Patient, detours: readonly Detour[]) {
  const person = new Person({});
  while (person.shown() !== null) person.answerAs(slip);
  // A slip that ends the check at once is not one "Check your answers" can put right.
  if (person.result()) return null;
  for (let move = 0; !person.result(); move += 1) {
    if (move > 200) throw new Error('the corrections did not end');
    if (person.shown() !== null) {
      person.answerAs(truth);
      const { answers, at, changing } = person.snapshot.context;
      const detour = detours[move % detours.length];
      if (person.result() || detour === 'none') continue;
      // A reload resumes the step on show; the browser's Back to "Check your answers" asks for that step.
      person.open(detour === 'reload' ? { answers, screen: at, changing } : { answers, screen: REVIEW });
      continue;
    }
    const wrong = person.wrongAnswer(truth);
    person.send(wrong ? { type: 'CHANGE', screen: wrong } : { type: 'CONFIRM' });
  }
  return person.result()!;
}

const patient = patientArbitrary(flow);
/** Someone like `truth`, but for a different age or duration, and fewer of the findings. */
const slipOf = (truth: Patient) =>
  fc.record({
    age: fc.oneof(fc.constant(truth.age), patient.map((p) => p.age)),
    durationDays: fc.oneof(fc.constant(truth.durationDays), patient.map((p) => p.durationDays)),
    findings: fc.subarray([...truth.findings]),
  });
const detours = fc.array(fc.constantFrom<Detour>('none', 'none', 'reload', 'back-to-review'), { minLength: 1, maxLength: 8 });

describe('correcting answers on "Check your answers"', () => {
  test('gives the result the truth gives, whatever the slip and however the person moves about', () => {
    let corrected = 0;
    fc.assert(
      fc.property(
        patient.chain((truth) => fc.tuple(fc.constant(truth), slipOf(truth), detours)),
        ([truth, slip, route]) => {
          const output = correct(slip, truth, route);
          if (output === null) return true;
          corrected += 1;
          const expected = runTriage(flow, truth);
          expect(output.level).toBe(expected.level);
          // Where to go can differ only between emergencies: a correction can tell the check something (being
          // pregnant) before an emergency sign that the CLI's walk meets first, and so never asks about.
          if (output.outcome !== expected.outcome) expect(output.level).toBe('emergency');
          return true;
        },
      ),
      { numRuns: 1500 },
    );
    // Most slips leave something to correct: the property is not met by slips that end the check at once.
    expect(corrected).toBeGreaterThan(500);
  });

  /** The answers of `patient` on "Check your answers". */
  const reviewed = (p: Patient) => {
    const person = new Person({});
    while (person.shown() !== null) person.answerAs(p);
    expect(person.snapshot.context.at).toBe(REVIEW);
    return person.answers;
  };
  /** A person at "Check your answers" with `answers`, who changes `screen` to `value`. */
  const change = (answers: Answers, screen: string, value: unknown) => {
    const person = new Person({ answers, screen: REVIEW });
    expect(person.snapshot.context.at).toBe(REVIEW);
    person.send({ type: 'CHANGE', screen });
    person.send({ type: 'ANSWER', screen, value });
    return person;
  };
  const items = (person: Person) => {
    const screen = person.shown();
    return screen?.kind === 'checklist' ? screen.items.map((item) => item.finding) : [];
  };

  test('an age at which a minor fall matters asks again what happened before it started, with its ticks kept', () => {
    const answers = reviewed({ age: 45, durationDays: 3, findings: ['recurrent_episodes'] });
    const person = change(answers, 'age', 55);
    expect(person.shown()?.id).toBe('before_it_started');
    expect(items(person)).toContain('minor_fall_with_osteoporosis_risk');
    expect(person.snapshot.context.again).toEqual({ before_it_started: answers.before_it_started });
    // However they go on: a reload, or the browser's Back to "Check your answers", asks it still.
    expect(new Person({ answers: person.answers, screen: REVIEW }).shown()?.id).toBe('before_it_started');
  });

  test('adding osteoporosis asks again about a minor fall', () => {
    const answers = reviewed({ age: 40, durationDays: 3, findings: [] });
    const person = change(answers, 'health_history', ['osteoporosis']);
    expect(person.shown()?.id).toBe('before_it_started');
    expect(items(person)).toContain('minor_fall_with_osteoporosis_risk');
  });

  test('an age at which pregnancy is possible asks again about health, with kidney-stone pain', () => {
    const answers = reviewed({ age: 58, durationDays: 3, findings: ['colicky_flank_pain_to_groin'] });
    const person = change(answers, 'age', 30);
    expect(person.shown()?.id).toBe('health_history');
    expect(items(person)).toContain('pregnant');
    person.answerAs({ age: 30, durationDays: 3, findings: ['colicky_flank_pain_to_groin', 'pregnant'] });
    expect(person.result()?.outcome).toBe(runTriage(flow, { age: 30, durationDays: 3, findings: ['colicky_flank_pain_to_groin', 'pregnant'] }).outcome);
  });

  test('a list asked again keeps a tick that depended on it: osteoporosis and a minor fall, at 58 and then 30', () => {
    const truth = { age: 30, durationDays: 3, findings: ['osteoporosis', 'minor_fall_with_osteoporosis_risk'] };
    const person = change(reviewed({ ...truth, age: 58 }), 'age', 30);
    // Pregnancy is a new choice at 30: "Your health" is asked again, and the fall it made matter waits, filled in.
    expect(person.shown()?.id).toBe('health_history');
    expect(person.snapshot.context.again).toMatchObject({ health_history: ['osteoporosis'], before_it_started: ['minor_fall_with_osteoporosis_risk'] });
    person.answerAs(truth);
    while (person.shown() !== null) person.answerAs(truth);
    person.send({ type: 'CONFIRM' });
    expect(person.result()?.level).toBe(runTriage(flow, truth).level);
  });

  test('adding arthritis asks whether this flare-up is worse than usual', () => {
    const answers = reviewed({ age: 40, durationDays: 3, findings: [] });
    const person = change(answers, 'health_history', ['known_arthritis']);
    expect(person.shown()?.id).toBe('spread_and_impact');
    expect(items(person)).toContain('flare_worse_than_usual');
  });
});
