import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFlow } from '@/flows';
import type { Answers } from '@/lib/triage/answers';
import { resultView } from '@/lib/testing/views';
import { outcomeSlots } from './outcome-content';
import { OutcomeView } from './outcome-view';

const flow = loadFlow('back-spasms');

const slots = outcomeSlots(flow);

const base: Answers = {
  emergency_signs: [],
  age: 34,
  sex: 'male',
  warning_signs: [],
  health_history: [],
  symptoms: ['muscle_stiffness'],
  before_it_started: ['recent_strain_or_lifting'],
  durationDays: 3,
};

function renderOutcome(answers: Answers) {
  const handlers = { onChange: jest.fn(), onChangeAnswers: jest.fn(), onStartAgain: jest.fn() };
  const view = resultView(flow, answers);
  const { container } = render(
    <OutcomeView
      flow={flow}
      view={view}
      slots={slots[view.output.outcome]!}
      focusOnShow
      changeHref={(s) => `#step=${s}`}
      {...handlers}
    />,
  );
  return { ...handlers, root: container.firstElementChild!, user: userEvent.setup() };
}

describe('the outcome', () => {
  test('self-care: the instruction and timeframe first, then the plan with the six exercises as cards', () => {
    const { root } = renderOutcome(base);
    expect(root).toHaveAttribute('data-triage-level', 'self_care');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('You can probably look after this at home');
    expect(heading).toHaveFocus();
    expect(screen.getByText('Most people feel better within 2 weeks')).toBeInTheDocument();
    const plan = screen.getByRole('region', { name: 'Your self-care plan' });
    const cards = within(plan).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(cards).toEqual(['Hamstring stretch', 'Cat–cow stretch', "Child's pose", 'Pelvic tilts', 'Bridge', 'Hip flexor stretch']);
    expect(within(plan).getAllByText('Hold')).toHaveLength(6);
    expect(within(plan).getByText(/Do not take ibuprofen if you are pregnant/)).toBeInTheDocument();
    expect(within(plan).getByText('When to stop an exercise')).toBeInTheDocument();
  });

  test('advice that depends on the answers comes before the plan (spasms that keep coming back)', () => {
    renderOutcome({ ...base, health_history: ['recurrent_episodes'] });
    const advice = screen.getByRole('region', { name: 'Advice for you' });
    expect(within(advice).getByText(/see a physiotherapist or GP about exercises/)).toBeInTheDocument();
  });

  test('why this result: the rule in plain words, with its sources', () => {
    renderOutcome(base);
    const why = screen.getByRole('region', { name: 'Why this result' });
    expect(within(why).getByText(/did not tell us about any of the warning signs/)).toBeInTheDocument();
    expect(within(why).getByRole('link', { name: /NHS.UK, Back pain/ })).toHaveAttribute('href', 'https://www.nhs.uk/conditions/back-pain/');
  });

  test('what may be causing it: the causes the answers point to, as possibilities', () => {
    renderOutcome(base);
    const causes = screen.getByRole('region', { name: 'What may be causing it' });
    expect(within(causes).getByText(/not a diagnosis/)).toBeInTheDocument();
    expect(within(causes).getByText('Muscle strain')).toBeInTheDocument();
  });

  test('emergency: a tel: link, what to do while waiting, and no self-care plan', () => {
    const { root } = renderOutcome({ emergency_signs: ['numbness_saddle_area'] });
    expect(root).toHaveAttribute('data-triage-level', 'emergency');
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(screen.getByRole('heading', { name: 'While you wait' })).toBeInTheDocument();
    expect(screen.getByText(/Do not drive yourself/, { selector: 'li' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your self-care plan' })).not.toBeInTheDocument();
  });

  test('urgent and routine: what a professional may offer, and no self-care plan', () => {
    renderOutcome({ ...base, warning_signs: ['fever_or_chills'] });
    const offer = screen.getByRole('region', { name: 'What a doctor or physiotherapist may offer' });
    for (const name of ['Physiotherapy', 'Muscle relaxants', 'Injections', 'Surgery']) expect(within(offer).getByText(name)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your self-care plan' })).not.toBeInTheDocument();
  });

  test('every outcome ends with safety-netting', () => {
    for (const answers of [base, { emergency_signs: ['numbness_saddle_area'] }, { ...base, durationDays: 50 }]) {
      const { unmount } = render(
        <OutcomeView flow={flow} view={resultView(flow, answers)} slots={slots[resultView(flow, answers).output.outcome]!} focusOnShow={false} changeHref={String} onChange={jest.fn()} onChangeAnswers={jest.fn()} onStartAgain={jest.fn()} />,
      );
      expect(screen.getByRole('region', { name: 'If things change' })).toBeInTheDocument();
      unmount();
    }
  });

  test('your answers, each with a Change link; and change, start again and print controls', async () => {
    const { onChange, onChangeAnswers, onStartAgain, user } = renderOutcome(base);
    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getByText('34 years')).toBeInTheDocument();
    await user.click(within(answers).getByRole('link', { name: 'Change age' }));
    expect(onChange).toHaveBeenCalledWith('age');
    await user.click(screen.getByRole('button', { name: 'Change your answers' }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onChangeAnswers).toHaveBeenCalled();
    expect(onStartAgain).toHaveBeenCalled();
    const print = jest.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Print a summary for a clinician' }));
    expect(print).toHaveBeenCalled();
  });

  test('the icon is decorative: the heading says the urgency in words, not colour alone', () => {
    const { root } = renderOutcome({ ...base, durationDays: 50 });
    expect(root.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Book an appointment');
  });
});
