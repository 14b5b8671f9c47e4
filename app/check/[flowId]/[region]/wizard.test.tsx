import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getRegion, loadFlow } from '@/flows';
import { IDLE_MINUTES, IDLE_WARNING_MINUTES, storageKey } from '@/lib/triage/saved-progress';
import { Wizard } from './wizard';
import { wizardProps } from './wizard-props';

const PAGE = '/check/back-spasms/uk';
const KEY = storageKey(loadFlow('back-spasms'));
const saved = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
const heading = () => screen.getByRole('heading', { level: 1 });
const level = () => document.querySelector('[data-triage-level]')?.getAttribute('data-triage-level');
const save = (answers: object, trail: string[], extra: object = {}) =>
  sessionStorage.setItem(KEY, JSON.stringify({ flow: 'back-spasms', version: loadFlow('back-spasms').version, answers, trail, savedAt: Date.now(), ...extra }));

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', PAGE);
});

function renderWizard(regionId = 'uk') {
  return render(<Wizard {...wizardProps(loadFlow('back-spasms', regionId), getRegion(regionId)!)} />);
}

async function start(regionId?: string) {
  const user = userEvent.setup();
  const view = renderWizard(regionId);
  // Ready once the browser's state is read: the title is the wizard's, not the server's.
  await waitFor(() => expect(document.title).toMatch(/^(Question \d+|Check your answers|Your result) – /));
  return { user, ...view };
}
type User = ReturnType<typeof userEvent.setup>;
async function tick(user: User, ...labels: string[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}
async function enter(user: User, value: string) {
  await user.type(screen.getByRole('textbox'), value);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}
/** Answers every question the quick way, to "Check your answers". */
async function toReview(user: User, age = '34') {
  await tick(user, 'None of these');
  await enter(user, age);
  for (let guard = 0; guard < 12 && !/Check your answers/.test((await screen.findByRole('heading', { level: 1 })).textContent ?? ''); guard++) {
    const none = screen.queryByLabelText('None of these');
    if (none) await tick(user, 'None of these');
    else await tick(user, screen.queryByLabelText('Less than 2 weeks') ? 'Less than 2 weeks' : 'No');
  }
  expect(heading()).toHaveTextContent('Check your answers');
}

/** From Check your answers, changes question 1 to an emergency sign: the 999 result. */
async function changeToAnEmergency(user: User) {
  await toReview(user);
  await user.click(screen.getByRole('button', { name: /^Change emergency signs/ }));
  await user.click(screen.getByLabelText('None of these'));
  await tick(user, 'New weakness in both legs');
  expect(level()).toBe('emergency');
}

describe('the wizard', () => {
  test('walks to a self-care plan at one neutral address: steps are numbered history entries, answers stay in this tab', async () => {
    const { user } = await start();
    expect(document.title).toBe('Question 1 – Back spasm self-check');
    await tick(user, 'None of these');
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(heading()).toHaveTextContent('How old are you?');
    expect(document.title).toBe('Question 2 – Back spasm self-check');
    expect(window.location.pathname + window.location.hash).toBe(PAGE);
    expect(window.history.state).toMatchObject({ step: 1 });
    await enter(user, '34');
    await toReviewFrom(user);
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    expect(level()).toBe('self_care');
    expect(document.title).toBe('Your result – Back spasm self-check');
    expect(window.location.pathname).toBe(PAGE);
    expect(saved()).toMatchObject({ answers: { emergency_signs: [], age: 34 }, trail: expect.arrayContaining(['emergency_signs', 'age', 'review', 'result']) });
  });

  test('Continue tapped three times at once answers only the question on show', async () => {
    const { user } = await start();
    await tick(user, 'None of these');
    await enter(user, '34');
    const asked = heading().textContent;
    await user.click(screen.getByLabelText('None of these'));
    const button = screen.getByRole('button', { name: 'Continue' });
    await act(async () => {
      button.click();
      button.click();
      button.click();
    });
    await waitFor(() => expect(heading()).not.toHaveTextContent(asked!));
    // The next question is on show, unanswered: "None of these" was not given to a list the person never saw.
    expect(Object.keys(saved().answers)).toHaveLength(3);
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
  });

  test('an emergency sign ends the check on the first screen, with the region’s number to tap', async () => {
    const { user } = await start('us');
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await tick(user, 'New weakness in both legs');
    expect(level()).toBe('emergency');
    expect(within(document.querySelector('article')!).getAllByRole('link', { name: 'Call 911' })[0]).toHaveAttribute('href', 'tel:911');
    expect(screen.queryByText(/999/)).toBeNull();
  });

  test('question 1 says to call the number its button calls, in the button’s words (Ireland: 112 or 999)', async () => {
    await start('ie');
    expect(screen.getByRole('link', { name: 'Call 112 or 999' })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByText(/Do not wait: call 112 or 999 now\.$/)).toBeInTheDocument();
  });

  test('the first question says what its result will: a pregnancy sign goes to the maternity team, in the region’s words', async () => {
    for (const [region, contact] of [['uk', 'your midwife or the maternity unit'], ['us', 'your doctor or the labor and delivery unit']] as const) {
      const { user, unmount } = await start(region);
      // The pregnancy sign's own place to call first, so that "call the emergency number" is said of the others only.
      const callout = screen.getByText(/^Have any of the other signs\? Do not wait: call (999|911) now\.$/).parentElement!;
      expect(callout).toHaveTextContent(
        new RegExp(`^If you are, or could be, pregnant and have contractions or tightenings that keep coming, bleeding, or leaking fluid, call ${contact} now\\.Have any of the other signs\\?`),
      );
      await tick(user, 'You are, or could be, pregnant and have contractions or tightenings that keep coming, bleeding, or leaking fluid');
      expect(heading()).toHaveTextContent(`Call ${contact} now`);
      unmount();
      sessionStorage.clear();
    }
  });

  test('a reload keeps the person where they were, with their answers', async () => {
    const first = await start();
    await tick(first.user, 'None of these');
    await enter(first.user, '61');
    expect(heading()).toHaveTextContent('as well as your back pain');
    first.unmount();
    await start();
    expect(heading()).toHaveTextContent('as well as your back pain');
    expect(screen.queryByRole('status')?.textContent ?? '').not.toMatch(/kept the answers/);
  });

  test('a reload on the result keeps saying the answers are loading until the result is on screen, never question 1', async () => {
    save({ emergency_signs: ['chest_pain_or_shortness_of_breath'] }, ['emergency_signs', 'result']);
    window.history.replaceState({ step: 1 }, '', PAGE);
    // As the page's inline script does for a tab that holds answers.
    document.documentElement.setAttribute('data-resuming', '');
    // What is on the page at the moment it is revealed (the browser may paint right then).
    const shownWhenRevealed: (string | null)[] = [];
    const root = document.documentElement;
    const remove = jest.spyOn(root, 'removeAttribute').mockImplementation(function (this: HTMLElement, name: string) {
      if (name === 'data-resuming') shownWhenRevealed.push(level() ?? screen.queryByRole('heading', { level: 1 })?.textContent ?? null);
      Element.prototype.removeAttribute.call(this, name);
    });
    await start();
    await waitFor(() => expect(root).not.toHaveAttribute('data-resuming'));
    remove.mockRestore();
    expect(shownWhenRevealed).toEqual(['emergency']);
    expect(level()).toBe('emergency');
  });

  test('Back is the browser’s Back: the answer is still there, and Forward returns', async () => {
    const { user } = await start();
    await tick(user, 'None of these');
    await enter(user, '61');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('How old are you?'));
    expect(screen.getByRole('textbox')).toHaveValue('61');
    expect(window.history.state).toMatchObject({ step: 1 });
    await act(async () => window.history.forward());
    await waitFor(() => expect(heading()).toHaveTextContent('as well as your back pain'));
  });

  test('question 1’s Back goes to the start page', async () => {
    await start();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/');
  });

  test('question 1 opened by Change: Back goes back to Check your answers, not to the start page', async () => {
    const { user } = await start();
    await toReview(user);
    await user.click(screen.getByRole('button', { name: /Change\s+emergency signs/i }));
    expect(screen.queryByRole('link', { name: 'Back' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
  });

  test('Change from Check your answers goes to the question and straight back', async () => {
    const { user } = await start();
    await toReview(user);
    await user.click(screen.getByRole('button', { name: /Change\s+age/ }));
    expect(heading()).toHaveTextContent('How old are you?');
    await user.clear(screen.getByRole('textbox'));
    await enter(user, '35');
    expect(heading()).toHaveTextContent('Check your answers');
    expect(screen.getByText('35 years')).toBeInTheDocument();
  });

  test('a reload in the middle of a change keeps it: one Continue back to Check your answers', async () => {
    const first = await start();
    await toReview(first.user);
    await first.user.click(screen.getByRole('button', { name: /Change\s+age/ }));
    expect(heading()).toHaveTextContent('How old are you?');
    first.unmount();
    const { user } = await start();
    expect(heading()).toHaveTextContent('How old are you?');
    await user.clear(screen.getByRole('textbox'));
    await enter(user, '36');
    expect(heading()).toHaveTextContent('Check your answers');
    expect(screen.getByText('36 years')).toBeInTheDocument();
  });

  test('a change that removes answers says which', async () => {
    const { user } = await start();
    await tick(user, 'None of these');
    await enter(user, '30');
    await tick(user, 'None of these');
    // Pregnancy is asked from 12 to 55: at 60 that tick no longer applies.
    await tick(user, 'You are pregnant, or you could be pregnant');
    await toReviewFrom(user);
    await user.click(screen.getByRole('button', { name: /Change\s+age/ }));
    await user.clear(screen.getByRole('textbox'));
    await enter(user, '60');
    const notice = await screen.findByText(/no longer apply/);
    expect(notice.parentElement).toHaveTextContent('You are pregnant, or you could be pregnant');
    expect(heading()).toHaveAccessibleDescription(expect.stringContaining('no longer apply, so we removed these answers: Your health: You are pregnant'));
  });

  test('a change that adds a choice to a list answered before asks it again, with the earlier ticks in place', async () => {
    const { user } = await start();
    await toReview(user, '45');
    await user.click(screen.getByRole('button', { name: /Change\s+age/ }));
    await user.clear(screen.getByRole('textbox'));
    // At 50 or over a minor fall can break a bone: the list of what set it off now asks about one.
    await enter(user, '55');
    expect(screen.getByRole('group', { name: /Do any of these apply to you, or to how the pain started/ })).toHaveTextContent('It started after lifting, a sudden movement or overdoing it');
    expect(screen.getByText(/Your change means we need to ask this question again/)).toBeInTheDocument();
    // Focus goes to the heading, below the notice: a screen reader hears it, and the progress, with the question.
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(heading()).toHaveAccessibleDescription(expect.stringMatching(/^Your change means we need to ask this question again.*Question \d+ of about \d+$/));
    expect(screen.getByLabelText('None of these')).toBeChecked();
    await tick(user, 'It started after a minor fall or knock');
    expect(heading()).toHaveTextContent('Check your answers');
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    expect(level()).toBe('urgent');
  });

  test('Change your answers on the result goes to Check your answers', async () => {
    const { user } = await start();
    await toReview(user);
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await user.click(screen.getByRole('button', { name: 'Change your answers' }));
    expect(heading()).toHaveTextContent('Check your answers');
  });

  test('Change your answers on a result an emergency sign reached goes back to that question, with the tick kept', async () => {
    const { user } = await start();
    await tick(user, 'New weakness in both legs');
    expect(level()).toBe('emergency');
    await user.click(await screen.findByRole('button', { name: 'Change your answers' }));
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(screen.getByLabelText('New weakness in both legs')).toBeChecked();
    // Where it went is where it says it went: no "we have taken you to the next question".
    expect(screen.queryByText(/taken you/)).toBeNull();
    await user.click(screen.getByLabelText('New weakness in both legs'));
    await tick(user, 'None of these');
    expect(heading()).toHaveTextContent('How old are you?');
  });

  test('a sign ticked by mistake in a change is undone through Change your answers, straight back to Check your answers', async () => {
    const { user } = await start();
    await changeToAnEmergency(user);
    await user.click(await screen.findByRole('button', { name: 'Change your answers' }));
    expect(heading()).toHaveTextContent('Do you have any of these?');
    expect(screen.getByLabelText('New weakness in both legs')).toBeChecked();
    await user.click(screen.getByLabelText('New weakness in both legs'));
    await tick(user, 'None of these');
    expect(heading()).toHaveTextContent('Check your answers');
  });

  test('Back from an emergency result a change led to shows that result again, with no notice of questions not answered', async () => {
    const { user } = await start();
    await changeToAnEmergency(user);
    await act(async () => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent('Do you have any of these?'));
    // The entry of Check your answers: these answers now lead to the emergency result.
    await act(async () => window.history.back());
    await waitFor(() => expect(level()).toBe('emergency'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  test('Start again asks first, then clears what this tab kept', async () => {
    const { user } = await start();
    await toReview(user);
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    const confirm = screen.getByRole('link', { name: 'Clear my answers and start again' });
    expect(confirm).not.toBeVisible();
    await user.click(screen.getByText('Start again'));
    expect(confirm).toBeVisible();
    await user.click(confirm);
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(heading()).toHaveTextContent('Do you have any of these?');
    expect(screen.getByRole('status')).toHaveTextContent('cleared');
  });

  test('Start again starts a fresh record of the steps: nothing of the last check is kept, and Back stays in the new one', async () => {
    const { user } = await start();
    await tick(user, 'None of these');
    await enter(user, '34');
    // "Your health" asks about pregnancy: its follow-ups' ids would say what was ticked.
    await tick(user, 'None of these');
    await tick(user, 'You are pregnant, or you could be pregnant');
    expect(saved().trail).toContain('pregnancy_urinary_symptoms');
    await toReviewFrom(user);
    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await user.click(screen.getByText('Start again'));
    await user.click(screen.getByRole('link', { name: 'Clear my answers and start again' }));
    expect(window.history.state).toMatchObject({ step: 0 });
    await tick(user, 'None of these');
    expect(saved()).toMatchObject({ answers: { emergency_signs: [] }, trail: ['emergency_signs', 'age'] });
    expect(window.history.state).toMatchObject({ step: 1 });
    await act(async () => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent('Do you have any of these?'));
    expect(saved().trail).toEqual(['emergency_signs', 'age']);
  });

  test('the privacy note’s link opens in a new tab, and says so, so the ticks on screen are not lost', async () => {
    const { user } = await start();
    await user.click(screen.getByLabelText('New weakness in both legs'));
    const link = screen.getByRole('link', { name: 'How we keep your answers private (opens in a new tab)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('href', '/privacy');
  });

  test('Start again is on a question once there are answers, and clears them there too', async () => {
    const { user } = await start();
    // Nothing to clear on a first question not yet answered.
    expect(screen.queryByText('Start again')).toBeNull();
    await tick(user, 'None of these');
    expect(heading()).toHaveTextContent('How old are you?');
    await user.click(await screen.findByText('Start again'));
    await user.click(screen.getByRole('link', { name: 'Clear my answers and start again' }));
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(heading()).toHaveTextContent('Do you have any of these?');
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('cleared');
  });

  test('Start again is on Check your answers too, below the answers', async () => {
    const { user } = await start();
    await toReview(user);
    const startAgain = await screen.findByText('Start again');
    expect(screen.getByRole('button', { name: 'See your result' }).compareDocumentPosition(startAgain) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(startAgain);
    await user.click(screen.getByRole('link', { name: 'Clear my answers and start again' }));
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(heading()).toHaveTextContent('Do you have any of these?');
  });

  test('a step the answers have not reached goes to the first unanswered question, and says so', async () => {
    save({ emergency_signs: [] }, ['emergency_signs', 'durationDays']);
    window.history.replaceState({ step: 1 }, '', PAGE);
    await start();
    expect(heading()).toHaveTextContent('How old are you?');
    expect(screen.getByRole('status')).toHaveTextContent('next question to answer');
  });

  test.each([
    ['not JSON', () => sessionStorage.setItem(KEY, '{"flow":'), 'could not read'],
    ['an old version', () => save({ emergency_signs: [] }, ['age'], { version: '0.9.0' }), 'questions have changed'],
    ['an unknown finding', () => save({ emergency_signs: ['not_a_finding'] }, ['age']), 'did not match this check'],
    ['a tick the person could not have seen', () => save({ emergency_signs: [], age: 60, health_history: ['pregnant'] }, ['age']), 'did not match'],
    ['answers left for too long', () => save({ emergency_signs: [] }, ['age'], { savedAt: Date.now() - (IDLE_MINUTES + 1) * 60_000 }), `${IDLE_MINUTES} minutes`],
  ])('saved answers with %s are removed with a notice, and the check starts again', async (_, store, notice) => {
    store();
    await start();
    expect(screen.getByRole('status')).toHaveTextContent(notice);
    expect(heading()).toHaveTextContent('Do you have any of these?');
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  test(`after ${IDLE_MINUTES} minutes without use the answers are removed, and the person is told`, async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const { user } = await start();
      await tick(user, 'None of these');
      expect(saved()).not.toBeNull();
      act(() => jest.advanceTimersByTime(IDLE_MINUTES * 60_000 + 1));
      expect(sessionStorage.getItem(KEY)).toBeNull();
      expect(heading()).toHaveTextContent('Do you have any of these?');
      expect(screen.getByRole('status')).toHaveTextContent(`${IDLE_MINUTES} minutes`);
      // The next check keeps nothing of the last, its steps either.
      await tick(user, 'None of these');
      expect(saved()).toMatchObject({ answers: { emergency_signs: [] }, trail: ['emergency_signs', 'age'] });
      expect(window.history.state).toMatchObject({ step: 1 });
    } finally {
      jest.useRealTimers();
    }
  });

  test.each<[string, () => void]>([
    ['a tap', () => fireEvent.pointerDown(document.body)],
    ['the tab shown again', () => fireEvent(document, new Event('visibilitychange', { bubbles: true }))],
    ['the page restored from the back-forward cache', () => fireEvent(window, new Event('pageshow'))],
  ])(`answers last used over ${IDLE_MINUTES} minutes ago by the clock are removed on %s, though no timer fired (a device asleep)`, async (_, wake) => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const { user } = await start();
      await tick(user, 'None of these');
      expect(heading()).toHaveTextContent('How old are you?');
      // The clock moves on three hours; the timers, paused in sleep, do not.
      jest.setSystemTime(Date.now() + 3 * 60 * 60_000);
      act(wake);
      expect(sessionStorage.getItem(KEY)).toBeNull();
      await waitFor(() => expect(heading()).toHaveTextContent('Do you have any of these?'));
      expect(screen.getByRole('status')).toHaveTextContent(`${IDLE_MINUTES} minutes`);
    } finally {
      jest.useRealTimers();
    }
  });

  test(`${IDLE_WARNING_MINUTES} minutes before, a dialog asks whether to keep the answers, and its button keeps them`, async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const { user } = await start();
      await tick(user, 'None of these');
      expect(screen.queryByRole('dialog')).toBeNull();
      act(() => jest.advanceTimersByTime((IDLE_MINUTES - IDLE_WARNING_MINUTES) * 60_000 + 1));
      const warning = await screen.findByRole('dialog', { name: 'Do you want to keep your answers?' });
      expect(warning).toHaveAccessibleDescription(`You have not used the check for ${IDLE_MINUTES - IDLE_WARNING_MINUTES} minutes. To keep your answers private, we will remove them in ${IDLE_WARNING_MINUTES} minutes.`);
      // A screen reader's click comes with no key or pointer event of its own: the button itself keeps them.
      fireEvent.click(within(warning).getByRole('button', { name: 'Keep my answers' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      // Past the time they would have gone: still here.
      act(() => jest.advanceTimersByTime(IDLE_WARNING_MINUTES * 60_000 + 1));
      expect(saved()).not.toBeNull();
      expect(heading()).toHaveTextContent('How old are you?');
      // Not kept this time: the same warning again, and then the answers go.
      act(() => jest.advanceTimersByTime((IDLE_MINUTES - 2 * IDLE_WARNING_MINUTES) * 60_000));
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      act(() => jest.advanceTimersByTime(IDLE_WARNING_MINUTES * 60_000));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(sessionStorage.getItem(KEY)).toBeNull();
      expect(heading()).toHaveTextContent('Do you have any of these?');
    } finally {
      jest.useRealTimers();
    }
  });

  test(`after ${IDLE_MINUTES} minutes without use on the result, the result stays on screen, the tab keeps no answers, and a reload says why`, async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const { user, unmount } = await start();
      await tick(user, 'New weakness in both legs');
      expect(level()).toBe('emergency');
      expect(saved()).not.toBeNull();
      act(() => jest.advanceTimersByTime(IDLE_MINUTES * 60_000 + 1));
      // Only a mark is kept, with no answers or steps in it, so that a reload can say why they went.
      expect(saved()).toMatchObject({ answers: {}, trail: [] });
      // Waiting for an ambulance, with the result to show them: it is still there.
      expect(level()).toBe('emergency');
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      // A phone that drops the tab during the call reloads it: question 1, saying why the result is gone.
      unmount();
      renderWizard();
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${IDLE_MINUTES} minutes`));
      expect(heading()).toHaveTextContent('Do you have any of these?');
      expect(sessionStorage.getItem(KEY)).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  test('every step is a form the browser can send without JavaScript, carrying the step', async () => {
    renderWizard();
    const form = screen.getByRole('form', { name: 'Emergency signs' });
    // The action is a Server Action, which React sends as a POST: never a GET, which would put answers in the address.
    expect(form.getAttribute('method') ?? 'post').toMatch(/^post$/i);
    expect(form.querySelector('input[name="step"]')).toHaveValue('emergency_signs');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
  });
});

async function toReviewFrom(user: User) {
  for (let guard = 0; guard < 12 && !/Check your answers/.test((await screen.findByRole('heading', { level: 1 })).textContent ?? ''); guard++) {
    const none = screen.queryByLabelText('None of these');
    if (none) await tick(user, 'None of these');
    else await tick(user, screen.queryByLabelText('Less than 2 weeks') ? 'Less than 2 weeks' : 'No');
  }
}
