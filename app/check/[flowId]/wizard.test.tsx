import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFlow } from '@/flows';
import { storageKey } from './_lib/saved-progress';
import { outcomeSlots } from './_components/outcome-content';
import { Wizard } from './wizard';

const flow = loadFlow('back-spasms');

const KEY = storageKey(flow);
const saved = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
const step = () => new URLSearchParams(window.location.hash.slice(1)).get('step');
const heading = () => screen.getByRole('heading', { level: 1 });
const save = (value: unknown) => sessionStorage.setItem(KEY, typeof value === 'string' ? value : JSON.stringify(value));
const progress = (answers: object) => ({ flow: flow.id, version: flow.version, answers });

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/check/back-spasms');
});

async function start() {
  const user = userEvent.setup();
  const view = render(<Wizard flow={flow} outcomes={outcomeSlots(flow)} />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Clear my answers' })).toBeEnabled());
  return { user, ...view };
}
async function continueWith(user: ReturnType<typeof userEvent.setup>, ...labels: string[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}
async function enter(user: ReturnType<typeof userEvent.setup>, value: string) {
  await user.type(screen.getByRole('textbox'), value);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('the wizard', () => {
  test('walks to a self-care plan, keeping the step in the URL and the answers in this tab', async () => {
    const { user } = await start();
    expect(step()).toBe('emergency_signs');
    await continueWith(user, 'None of these');
    expect(step()).toBe('age');
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(document.title).toMatch(/^How old are you\?/);
    await enter(user, '34');
    await continueWith(user, 'Male');
    await continueWith(user, 'None of these');
    await continueWith(user, 'None of these');
    await continueWith(user, 'Your back muscles feel tight, tense or hard to touch');
    await continueWith(user, 'You lifted something, moved suddenly or overdid it shortly before the pain started');
    await enter(user, '3');
    await waitFor(() => expect(step()).toBe('result'));
    expect(document.querySelector('[data-triage-level]')).toHaveAttribute('data-triage-level', 'self_care');
    expect(saved()).toEqual(
      progress({
        emergency_signs: [],
        age: 34,
        sex: 'male',
        warning_signs: [],
        health_history: [],
        symptoms: ['muscle_stiffness'],
        before_it_started: ['recent_strain_or_lifting'],
        durationDays: 3,
      }),
    );
  });

  test('an emergency sign ends the check on the first screen', async () => {
    const { user } = await start();
    await continueWith(user, 'Weakness in both legs');
    expect(document.querySelector('[data-triage-level]')).toHaveAttribute('data-triage-level', 'emergency');
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  });

  test('a reload keeps the person where they were, with their answers', async () => {
    const first = await start();
    await continueWith(first.user, 'None of these');
    await enter(first.user, '61');
    expect(step()).toBe('warning_signs');
    first.unmount();
    await start();
    expect(heading()).toHaveTextContent('Do you have any of these as well as your back pain?');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '#step=age');
  });

  test('Back keeps the later answers, and the browser’s Back and Forward move between answered steps', async () => {
    const { user } = await start();
    await continueWith(user, 'None of these');
    await enter(user, '61');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(step()).toBe('age');
    expect(screen.getByRole('textbox')).toHaveValue('61');
    await act(async () => window.history.back());
    await waitFor(() => expect(step()).toBe('warning_signs'));
    await waitFor(() => expect(heading()).toHaveTextContent('as well as your back pain'));
    await act(async () => window.history.back());
    await waitFor(() => expect(step()).toBe('age'));
  });

  test('a reload on an earlier step keeps the answers after it', async () => {
    save(progress({ emergency_signs: [], age: 61, warning_signs: ['fever_or_chills'] }));
    window.history.replaceState(null, '', '/check/back-spasms#step=age');
    const { user } = await start();
    expect(screen.getByRole('textbox')).toHaveValue('61');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('A high temperature, or you feel hot and shivery')).toBeChecked();
    expect(saved().answers.warning_signs).toEqual(['fever_or_chills']);
  });

  test('a URL that jumps past the answers goes to the first unanswered question, and says so', async () => {
    save(progress({ emergency_signs: [] }));
    window.history.replaceState(null, '', '/check/back-spasms#step=durationDays');
    await start();
    expect(step()).toBe('age');
    expect(screen.getByRole('status')).toHaveTextContent('taken you to the next question to answer');
  });

  test.each([
    ['not JSON', '{"flow":', 'could not read'],
    ['an old version', progress({ emergency_signs: [] }) && { ...progress({ emergency_signs: [] }), version: '0.9.0' }, 'questions have changed'],
    ['an unknown finding', progress({ emergency_signs: ['not_a_finding'] }), 'did not match this check'],
    ['a wrong type', progress({ emergency_signs: [], age: 'thirty' }), 'did not match this check'],
    ['a huge value', progress({ emergency_signs: [], age: 10 ** 9 }), 'did not match this check'],
    ['a tick the person could not have seen', progress({ emergency_signs: [], age: 60, warning_signs: [], health_history: ['pregnant'] }), 'did not match this check'],
    ['an answer to a screen that does not exist', progress({ emergency_signs: [], knees: 'yes' }), 'did not match this check'],
    ['extra keys', { ...progress({}), nonce: 1 }, 'did not match this check'],
  ])('saved answers with %s are discarded with a notice, and the check starts again', async (_, value, notice) => {
    save(value);
    window.history.replaceState(null, '', '/check/back-spasms#step=age');
    await start();
    expect(screen.getByRole('status')).toHaveTextContent(notice);
    expect(heading()).toHaveTextContent('Do you have any of these?');
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  test('“Clear my answers” removes everything stored and starts again', async () => {
    const { user } = await start();
    await continueWith(user, 'None of these');
    expect(saved()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(step()).toBe('emergency_signs');
    expect(screen.getByRole('status')).toHaveTextContent('Your answers have been cleared');
  });

  test('“Change your answers” on the outcome goes back to the last question, answers kept', async () => {
    save(progress({ emergency_signs: [], age: 12 }));
    window.history.replaceState(null, '', '/check/back-spasms#step=result');
    const { user } = await start();
    expect(document.querySelector('[data-triage-level]')).toHaveAttribute('data-triage-level', 'routine');
    await user.click(screen.getByRole('button', { name: 'Change your answers' }));
    expect(step()).toBe('age');
    expect(screen.getByRole('textbox')).toHaveValue('12');
  });
});
