import { render, screen, within } from '@testing-library/react';
import { loadFlow } from '@/flows';
import { outcomeSlots } from './outcome-content';

const slots = outcomeSlots(loadFlow('back-spasms', 'uk'));

function renderParts(outcome: string) {
  const { head, actions } = slots[outcome]!;
  render(
    <>
      <div data-testid="panel">{head}</div>
      {actions}
    </>,
  );
  return { panel: within(screen.getByTestId('panel')) };
}

describe('the panel at the top of an emergency result', () => {
  test('"Call 999 now" has the number as its big button, and "While you wait"', () => {
    const { panel } = renderParts('emergency');
    expect(panel.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(screen.getByRole('heading', { name: 'While you wait' })).toBeInTheDocument();
  });

  test.each([
    ['emergency_department', 'Go to A&E now'],
    ['maternity_now', 'Call your midwife or the maternity unit now'],
  ])('%s ("%s") has no emergency number as its one button: a person in pain presses the only button', (outcome, title) => {
    const { panel } = renderParts(outcome);
    expect(panel.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(panel.queryAllByRole('link')).toEqual([]);
    expect(screen.getByRole('heading', { name: 'What to do now' })).toBeInTheDocument();
  });
});
