import { createActor } from 'xstate';
import type { Flow } from '../flow/flow-schema';
import { toolsOf, type Patient } from '../screens';
import { readAnswers, shownNow, type Answers } from '../triage/answers';
import { createTriageMachine, currentScreen } from '../triage/machine';

/**
 * The wizard's answers of a patient who answers every screen the machine shows them as `runMachine`
 * does, up to the outcome: what the wizard holds on the result page. With `notSure`, a yes/no question
 * they would answer yes is answered "I'm not sure" (which counts as yes).
 */
export function answersFor(flow: Flow, patient: Patient, { notSure = false } = {}): Answers {
  const actor = createActor(createTriageMachine(flow), { input: {} }).start();
  for (let snapshot = actor.getSnapshot(); snapshot.status !== 'done'; snapshot = actor.getSnapshot()) {
    const at = currentScreen(snapshot);
    if (at === null) actor.send({ type: 'CONFIRM' });
    else {
      const { screen } = shownNow(flow, readAnswers(flow, snapshot.context.answers), at)!;
      const value = toolsOf(screen).patientAnswer(screen, patient);
      actor.send({ type: 'ANSWER', screen: at, value: notSure && screen.kind === 'yesno' && value === 'yes' ? 'not_sure' : value });
    }
    if (actor.getSnapshot() === snapshot) throw new Error(`the machine did not move on from "${snapshot.context.at}"`);
  }
  const { answers } = actor.getSnapshot().context;
  actor.stop();
  return answers;
}
