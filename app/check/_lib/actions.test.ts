import { loadFlow } from '@/flows';
import { parseProgress } from '@/lib/triage/saved-progress';
import { answerAction } from './actions';

/* The Server Action as a post reaches it: Next builds its arguments from the post's own fields. */

const flow = loadFlow('back-spasms');

describe('the question forms’ Server Action', () => {
  test('a post whose fields give no form (a forged "$ACTION_1:1") starts again at question 1, saying so, rather than failing', async () => {
    for (const args of [[null, undefined], ['x', 'x'], [null, {}]] as const) {
      const next = await answerAction(args[0] as never, args[1] as never);
      expect(next).toMatchObject({ step: flow.screens[0]!.id, notice: 'unreadable' });
      expect(parseProgress(flow, next.progress, Date.now())).toMatchObject({ status: 'ok', answers: {} });
    }
  });

  test('a real form is answered: an emergency sign on question 1 ends the check', async () => {
    const form = new FormData();
    for (const [name, value] of [['flow', 'back-spasms'], ['region', 'uk'], ['step', 'emergency_signs'], ['emergency_signs', 'numbness_saddle_area']]) form.append(name!, value!);
    expect(await answerAction(null, form)).toMatchObject({ step: 'result' });
  });
});
