import { render, screen } from '@testing-library/react';
import CheckError from './error';

jest.mock('next/navigation', () => ({ useParams: () => ({ flowId: 'back-spasms', region: 'nz' }) }));

test('the check’s error page says it stopped, and leads to the numbers to call and to a fresh start, in the same region', () => {
  render(<CheckError />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sorry, the check stopped working');
  expect(screen.getByRole('link', { name: 'See when to call for help now' })).toHaveAttribute('href', '/check/back-spasms/nz/no-javascript');
  expect(screen.getByRole('link', { name: 'Start the check again' })).toHaveAttribute('href', '/check/back-spasms/nz');
});
