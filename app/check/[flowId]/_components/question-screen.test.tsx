import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFlow } from '@/flows';
import type { AnswerValue } from '@/lib/screens';
import type { Answers } from '@/lib/triage/answers';
import { questionView } from '@/lib/testing/views';
import { QuestionScreen, type QuestionScreenProps } from './question-screen';

const flow = loadFlow('back-spasms');

/** Answers that reach each screen, as a person would have given them. */
const REACH: Record<string, Answers> = {
  emergency_signs: {},
  age: { emergency_signs: [] },
  sex: { emergency_signs: [], age: 34 },
  warning_signs: { emergency_signs: [], age: 34, sex: 'male' },
  leg_weakness_getting_worse: { emergency_signs: [], age: 34, sex: 'male', warning_signs: ['leg_weakness_one_side'] },
  health_history: { emergency_signs: [], age: 34, sex: 'male', warning_signs: [] },
  durationDays: { emergency_signs: [], age: 34, sex: 'male', warning_signs: [], health_history: [], symptoms: [], before_it_started: [] },
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
      ready
      backHref="#step=emergency_signs"
      onAnswer={onAnswer}
      onBack={onBack}
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
    expect(boxes).toHaveLength(11);
    for (const box of boxes) expect(box).toHaveAttribute('name', 'emergency_signs');
    expect(boxes.at(-1)).toHaveAttribute('value', 'none');
    expect(within(group).getByText('or')).toBeInTheDocument();
    expect(screen.getByText('Question 1 of about 8')).toBeInTheDocument();
  });

  test('sends the ticked finding ids', async () => {
    const { onAnswer, user } = renderScreen('emergency_signs');
    await user.click(screen.getByLabelText('Weakness in both legs'));
    await user.click(screen.getByLabelText('Chest pain, or you are short of breath'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith(['leg_weakness_both_sides', 'chest_pain_or_shortness_of_breath']);
  });

  test('"None of these" is exclusive, and sends an empty list', async () => {
    const { onAnswer, user } = renderScreen('emergency_signs');
    await user.click(screen.getByLabelText('Weakness in both legs'));
    await user.click(screen.getByLabelText('None of these'));
    expect(screen.getByLabelText('Weakness in both legs')).not.toBeChecked();
    await user.click(screen.getByLabelText('Weakness in both legs'));
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
    await user.click(screen.getByLabelText('Weakness in both legs'));
    await user.click(screen.getByLabelText('None of these'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith([]);
  });

  test('with nothing ticked, shows an error summary linked to the field, the error by the field, and focuses the summary', async () => {
    const { onAnswer, user } = renderScreen('emergency_signs');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = (await screen.findByRole('heading', { name: 'There is a problem' })).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: 'Select all that apply to you, or select ‘None of these’' });
    expect(link).toHaveAttribute('href', `#${screen.getAllByRole('checkbox')[0]!.id}`);
    expect(screen.getByRole('group', { name: 'Do you have any of these?' })).toHaveAccessibleDescription(expect.stringContaining('Error: Select all that apply'));
    expect(document.title).toMatch(/^Error: Do you have any of these\?/);
    await user.click(link);
    expect(screen.getAllByRole('checkbox')[0]).toHaveFocus();
    expect(onAnswer).not.toHaveBeenCalled();
  });

  test('shows only the items this person is asked (pregnancy only to women up to 55)', () => {
    renderScreen('health_history', { answers: { emergency_signs: [], age: 60, warning_signs: [] } });
    expect(screen.queryByLabelText('You are pregnant')).not.toBeInTheDocument();
  });

  test('shows an earlier answer when the person comes back to it', () => {
    renderScreen('warning_signs', { answers: { ...REACH.warning_signs, warning_signs: ['fever_or_chills'] } });
    expect(screen.getByLabelText('A high temperature, or you feel hot and shivery')).toBeChecked();
  });

  test('explains why we ask, with what each option can mean', async () => {
    const { user } = renderScreen('emergency_signs');
    await user.click(screen.getByText('Why we ask this'));
    expect(screen.getByText(/you need help now, so we ask about them before anything else/)).toBeVisible();
    expect(screen.getByText(flow.findings.numbness_saddle_area!.why)).toBeVisible();
  });
});

describe('a yes/no screen', () => {
  test('is a pair of radios named after the finding, with values yes and no', async () => {
    const { onAnswer, user } = renderScreen('leg_weakness_getting_worse');
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => [r.getAttribute('name'), r.getAttribute('value')])).toEqual([
      ['leg_weakness_getting_worse', 'yes'],
      ['leg_weakness_getting_worse', 'no'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Select yes or no' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith('yes');
  });
});

describe('the sex screen', () => {
  test('is radios named sex with values female and male', async () => {
    const { onAnswer, user } = renderScreen('sex');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['female', 'male']);
    await user.click(screen.getByLabelText('Male'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith('male');
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

  test.each([
    ['', 'Enter your age'],
    ['thirty', 'Enter your age as a whole number of years, like 34'],
    ['34.5', 'Enter your age as a whole number of years, like 34'],
    ['-3', 'Enter your age as a whole number of years, like 34'],
    ['121', 'Age must be between 0 and 120'],
  ])('rejects %j with “%s”', async (typed, message) => {
    const { onAnswer, user } = renderScreen('age');
    if (typed) await user.type(screen.getByRole('textbox'), typed);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', '#age');
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  test('sends the number of days as a number', async () => {
    const { onAnswer, user } = renderScreen('durationDays');
    await user.type(screen.getByRole('textbox', { name: 'How many days ago did this back pain start?' }), ' 14 ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onAnswer).toHaveBeenCalledWith(14);
  });
});

describe('navigation', () => {
  test('the Back link goes back through the machine, not the browser', async () => {
    const { onBack, user } = renderScreen('age');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(onBack).toHaveBeenCalled();
  });

  test('there is no Back link on the first question', () => {
    renderScreen('emergency_signs', { backHref: null });
    expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument();
  });

  test('Continue is disabled until the page can handle the answer, so a form is never sent anywhere', () => {
    renderScreen('emergency_signs', { ready: false });
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
  });
});
