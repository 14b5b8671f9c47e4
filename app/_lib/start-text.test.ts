import explorer from '@/app/flows/[flowId]/_data/back-spasms.json';
import { START } from './start-text';

/*
 * The start page tells people how many questions to expect: the fewest and the most a person answers
 * on any path to a result, as the flow explorer counts them. A path ended early by an emergency sign is
 * the "fewer" the text also gives.
 */
test('the start page gives the number of questions the flow asks', () => {
  const tiers = Object.entries(explorer.paths.byTier);
  const fewest = Math.min(...tiers.filter(([tier]) => tier !== 'emergency').map(([, t]) => t.minScreens));
  const most = Math.max(...tiers.map(([, t]) => t.maxScreens));
  expect(START.points[0]).toContain(` ${fewest} to ${most} questions`);
});
