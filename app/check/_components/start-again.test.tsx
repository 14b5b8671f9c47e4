import { render, screen } from '@testing-library/react';
import { StartAgain } from './start-again';

test('with JavaScript, Start again says it clears what this device keeps', () => {
  render(<StartAgain href="/check/back-spasms/uk" ready onStartAgain={() => {}} />);
  expect(screen.getByText('This clears your answers, and any result, from this device. You cannot undo it.')).toBeInTheDocument();
});

test('without it nothing is kept on the device: it says what really happens, and that closing the tab clears the earlier pages', () => {
  render(<StartAgain href="/check/back-spasms/uk" ready={false} onStartAgain={() => {}} />);
  expect(screen.getByText(/^This starts the check again with no answers\. Your browser may keep the earlier pages/)).toBeInTheDocument();
  expect(screen.queryByText(/from this device/)).toBeNull();
  expect(screen.getByRole('link', { name: 'Clear my answers and start again' })).toHaveAttribute('href', '/check/back-spasms/uk');
});
