import { tinyFlow } from '../testing/tiny-flow';
import { emergencyRoutes } from './emergency-routes';
import { parseFlow } from './parse-flow';

/** The tiny flow, with its first question's sign sent to the maternity unit. */
function flowSendingToMaternity() {
  const input = tinyFlow();
  const rules = input.rules.map((rule) => (rule.id === 'red_sign' ? { ...rule, outcome: 'maternity' } : rule));
  const { emergency, ...others } = input.outcomes;
  const outcomes = { emergency: emergency!, maternity: { ...emergency!, title: 'Call the maternity unit now' }, ...others };
  return parseFlow({ ...input, rules, outcomes });
}

describe('emergencyRoutes', () => {
  test('a first-question sign whose rule goes to another emergency outcome comes with that outcome’s words', () => {
    expect(emergencyRoutes(flowSendingToMaternity())).toEqual([{ sign: 'A red sign', action: 'Call the maternity unit now' }]);
  });

  test('a sign that goes to the emergency number is not listed again', () => {
    const input = tinyFlow();
    expect(emergencyRoutes(parseFlow(input))).toEqual([]);
    const rules = input.rules.map((rule) => (rule.id === 'red_sign' ? { ...rule, outcome: 'emergency' } : rule));
    expect(emergencyRoutes(parseFlow({ ...input, rules }))).toEqual([]);
  });

  test('a sign sent to another outcome that also says to call the emergency number (an ambulance only) is not listed again', () => {
    const input = tinyFlow();
    const { emergency, ...others } = input.outcomes;
    const outcomes = { ambulance_only: { ...emergency!, actions: ['Wait for the ambulance.'] }, emergency: emergency!, ...others };
    const rules = input.rules.map((rule) => (rule.id === 'red_sign' ? { ...rule, outcome: 'ambulance_only' } : rule));
    expect(emergencyRoutes(parseFlow({ ...input, rules, outcomes }))).toEqual([]);
  });
});
