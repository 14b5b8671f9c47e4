import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFlow } from '@/flows';
import { NOTICES } from '@/app/_lib/ui-text';
import { toFlowCore } from '@/lib/flow/flow-core';
import type { AnswerValue } from '@/lib/screens';
import type { Answers } from '@/lib/triage/answers';
import { questionView } from '@/lib/testing/views';
import { QuestionScreen, type QuestionScreenProps } from './question-screen';

const flow = toFlowCore(loadFlow('back-spasms'));

/** Answers that reach each screen, as a person would have given them. */
const REACH: Record<string, Answers> = {
  emergency_signs: {},
  age: { emergency_signs: [] },
  warning_signs: { emergency_signs: [], age: 34 },
  leg_weakness_getting_worse: { emergency_signs: [], age: 34, warning_signs: ['leg_weakness_one_side'] },
  health_history: { emergency_signs: [], age: 34, warning_signs: [] },
  durationDays: { emergency_signs: [], age: 34, warning_signs: [], health_history: [], symptoms: [], spread_and_impact: [], before_it_started: [] },
};

function renderScreen(id: string, props: Partial<QuestionScreenProps> & { answers?: Answers } = {}) {
  const onAnswer = jest.fn<void, [AnswerValue]>();
  const onBack = jest.fn();
  const { answers = REACH[id]!, ...rest } = props;
  render(
    <QuestionScreen
      flow={flow}
      view={questionView(flow, id, answers)}
      focusOnShow
      title={(hasError) => `${hasError ? 'Error: ' : ''}Question – Back spasm self-check`}
      startHref="/"
      askedAgain={NOTICES['asked-again']}
      droppedIntro={NOTICES.dropped}
      onAnswer={onAnswer}
      onBack={onBack}
      noJs={{ posted: null, action: undefined, hidden: {}, helpForm: null }}
      progress=""
      ready
      {...rest}
    />,
  );
  return { onAnswer, onBack, user: userEvent.setup() };
}

describe('a checklist screen', () => {
  test('asks the question as the page heading, in the legend of a group of checkboxes named after the screen', () => {
    renderScreen('emergency_signs');
    const group = screen.getByRole('group', { name: 'Do you have any of these?' });
    expect(screen.getByRole('heading', { level: 1, name: 'Do you have any of these?' })).toHaveFocus();
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(12);
    for (const box of boxes) expect(box).toHaveAttribute('name', 'emergency_signs');
    expect(boxes.at(-1)).toHaveAttribute('value', 'none');
    expect(within(group).getByText('or')).toBeInTheDocument();
    expect(screen.getByText(/^Question 1 of about \d+$/)).toBeInTheDocument();
  });

  test('sends the ticked finding ids', async () => {
    const { onAnswer, user } = renderScreen('emergency_signs');
    await user.click(screen.getByLabelText('New weakness in both legs'));
    await user.click(screen.getByLabelText('Feeling faint, cold and clammy, or confused'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith(['leg_weakness_both_sides', 'feeling_faint_clammy_or_confused']);
  });

  test('"None of these" never silently unticks a sign: both ticked, the person is asked to choose; ticking a sign clears "None"', async () => {
    const { onAnswer, user } = renderScreen('emergency_signs');
    await user.click(screen.getByLabelText('New weakness in both legs'));
    await user.click(screen.getByLabelText('None of these'));
    expect(screen.getByLabelText('New weakness in both legs')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = (await screen.findByRole('heading', { name: 'There is a problem' })).parentElement!;
    expect(within(summary).getByRole('link', { name: 'Select ‘None of these’ on its own, or untick it if any of the others apply to you or you are not sure' })).toBeInTheDocument();
    expect(onAnswer).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText('New weakness in both legs'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith([]);
    onAnswer.mockClear();
    await user.click(screen.getByLabelText('Feeling faint, cold and clammy, or confused'));
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith(['feeling_faint_clammy_or_confused']);
  });

  test('with nothing ticked: an error summary linked to the field, the error by the field, focus on the summary, “Error:” in the title', async () => {
    const { onAnswer, user } = renderScreen('emergency_signs');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = (await screen.findByRole('heading', { name: 'There is a problem' })).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: 'Select all that apply to you, or select ‘None of these’' });
    expect(link).toHaveAttribute('href', `#${screen.getAllByRole('checkbox')[0]!.id}`);
    expect(screen.getByRole('group', { name: 'Do you have any of these?' })).toHaveAccessibleDescription(expect.stringContaining('Error: Select all that apply'));
    expect(document.title).toBe('Error: Question – Back spasm self-check');
    await user.click(link);
    expect(screen.getAllByRole('checkbox')[0]).toHaveFocus();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  test('shows only the items this person is asked (pregnancy from 12 to 55)', () => {
    renderScreen('health_history', { answers: { emergency_signs: [], age: 60, warning_signs: [] } });
    expect(screen.queryByLabelText('You are pregnant, or you could be pregnant')).not.toBeInTheDocument();
    renderScreen('health_history', { answers: { emergency_signs: [], age: 30, warning_signs: [] } });
    expect(screen.getByLabelText('You are pregnant, or you could be pregnant')).toBeInTheDocument();
  });

  test('shows an earlier answer when the person comes back to it, in the HTML itself', () => {
    renderScreen('warning_signs', { answers: { ...REACH.warning_signs, warning_signs: ['fever_or_chills'] } });
    const box = screen.getByLabelText('A high temperature, or you feel hot and shivery');
    expect(box).toBeChecked();
    expect(box).toHaveAttribute('checked');
  });

  test('explains why we ask, with what each option can mean', async () => {
    const { user } = renderScreen('emergency_signs');
    await user.click(screen.getByText('Why we ask this'));
    expect(screen.getByText(loadFlow('back-spasms').findings.numbness_saddle_area!.why)).toBeVisible();
  });

  test('question 1 shows the number to call under the signs, as a tap that works without scripts', () => {
    renderScreen('emergency_signs', { emergency: <a href="tel:999">Call 999</a> });
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  });
});

describe('a yes/no screen', () => {
  test('is radios named after the finding: yes, no, and “I’m not sure”, which says it counts as yes', async () => {
    const { onAnswer, user } = renderScreen('leg_weakness_getting_worse');
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => [r.getAttribute('name'), r.getAttribute('value')])).toEqual([
      ['leg_weakness_getting_worse', 'yes'],
      ['leg_weakness_getting_worse', 'no'],
      ['leg_weakness_getting_worse', 'not_sure'],
    ]);
    expect(screen.getByLabelText('I’m not sure')).toHaveAccessibleDescription('We will count this as a yes, to be safe.');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Select yes, no or I’m not sure' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('I’m not sure'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith('not_sure');
  });
});

describe('a range screen', () => {
  test('is one tap: radios of the ranges, sending the range chosen', async () => {
    const { onAnswer, user } = renderScreen('durationDays');
    expect(screen.getAllByRole('radio').map((r) => r.closest('div')!.textContent)).toEqual([
      'Less than 2 weeks',
      '2 weeks or more, but less than 6 weeks',
      '6 weeks to 3 months',
      'More than 3 months',
    ]);
    await user.click(screen.getByLabelText('2 weeks or more, but less than 6 weeks'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith(expect.any(String));
  });
});

describe('a number screen', () => {
  test('labels the input with the question, as the page heading', () => {
    renderScreen('age');
    const input = screen.getByRole('textbox', { name: 'How old are you?' });
    expect(input).toHaveAttribute('name', 'age');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByRole('heading', { level: 1, name: 'How old are you?' })).toHaveFocus();
  });

  test('says the unit once: in the hint, with the unit shown after the box hidden from screen readers', () => {
    renderScreen('age');
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(/^In years\. /);
    expect(screen.getByText('years', { exact: true })).toHaveAttribute('aria-hidden', 'true');
    cleanup();
    // A number screen without a hint: the unit after the box is then what describes it.
    const hintless = { ...flow, screens: flow.screens.map((s) => (s.id === 'age' ? { ...s, hint: undefined } : s)) };
    renderScreen('age', { flow: hintless, view: questionView(hintless, 'age', REACH.age!) });
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('years');
  });

  test.each([
    ['', 'Enter your age'],
    ['thirty', 'Enter your age as a whole number of years, like 34'],
    ['34.5', 'Enter your age as a whole number of years, like 34'],
    ['-3', 'Age must be between 0 and 120'],
    ['121', 'Age must be between 0 and 120'],
  ])('rejects %j with “%s”', async (typed, message) => {
    const { onAnswer, user } = renderScreen('age');
    if (typed) await user.type(screen.getByRole('textbox'), typed);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', '#age');
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  test('shows the server’s message and what was typed, when the server drew the page for a form sent without JavaScript', () => {
    renderScreen('age', { ready: false, fromServer: { error: 'Enter your age as a whole number of years, like 34', given: 'old' } });
    expect(screen.getByRole('textbox')).toHaveValue('old');
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('link', { name: 'Enter your age as a whole number of years, like 34' })).toBeInTheDocument();
  });
});

describe('navigation', () => {
  test('Back is a button of the form: the browser’s Back with JavaScript, the server’s step back without', async () => {
    const { onBack, user } = renderScreen('age');
    const back = screen.getByRole('button', { name: 'Back' });
    expect(back).toHaveAttribute('value', 'back');
    expect(back).toHaveAttribute('form', 'question-form');
    await user.click(back);
    expect(onBack).toHaveBeenCalled();
  });

  test('question 1’s Back is a link to the start page', () => {
    renderScreen('emergency_signs');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/');
  });

  test('before the page is interactive Continue still works: the form goes to the server, carrying the step', () => {
    renderScreen('age', { ready: false, progress: '{"saved":true}' });
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
    const form = screen.getByRole('form');
    expect(form.querySelector('input[name="step"]')).toHaveValue('age');
    expect(form.querySelector('input[name="progress"]')).toHaveValue('{"saved":true}');
  });

  test('on a static copy, before the page is interactive, the buttons go to the help page instead, sending nothing', () => {
    renderScreen('age', { ready: false, noJs: { posted: null, action: undefined, hidden: {}, helpForm: { id: 'no-js-help', action: '/help' } } });
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveAttribute('form', 'no-js-help');
    // Enter in the field presses nothing.
    expect(defaultButton()).toBeDisabled();
  });

  test('Enter in a field presses Continue, not the Back button above the question', () => {
    renderScreen('age', { ready: false });
    // The form's default button is the first submit button that belongs to it, in the page's order.
    expect(defaultButton()).toHaveAttribute('value', 'continue');
    expect(defaultButton()).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('value', 'back');
  });
});

/** The question form's default button: the first submit button, in the page's order, whose form it is. */
function defaultButton() {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[type="submit"]')];
  return buttons.find((button) => button.form?.id === 'question-form') ?? null;
}
