import { answerAction } from './actions';

/* A fault in the engine, as a guard or an action of the machine that throws makes stepFromForm throw. */
jest.mock('@/lib/triage/form-step', () => ({
  stepFromForm: () => {
    throw new Error('a guard failed');
  },
}));

test('a fault in the engine sends the person to the help page of their check and region, with its emergency numbers, and is logged', async () => {
  const log = jest.spyOn(console, 'error').mockImplementation(() => {});
  const form = new FormData();
  for (const [name, value] of [['flow', 'back-spasms'], ['region', 'us'], ['step', 'emergency_signs'], ['emergency_signs', 'none']]) form.append(name!, value!);
  const thrown = await answerAction(null, form).then(
    () => null,
    (error: unknown) => error as { digest?: string },
  );
  expect(thrown?.digest).toMatch(/^NEXT_REDIRECT;\w+;\/check\/back-spasms\/us\/no-javascript;/);
  expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'a guard failed' }));
  log.mockRestore();
});
