import { render, screen } from '@testing-library/react';
import FaultPage from './page';

test('the page for a fault says the check stopped, and gives the region’s emergency number and a way to start again', async () => {
  render(await FaultPage({ params: Promise.resolve({ flowId: 'back-spasms', region: 'us' }) }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sorry, the check stopped working');
  expect(screen.getByText('New weakness in both legs')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  expect(screen.getByRole('link', { name: 'Start the check again' })).toHaveAttribute('href', '/check/back-spasms/us');
});
