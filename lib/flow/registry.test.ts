import { tinyFlow } from '../testing/tiny-flow';
import { parseFlow } from './parse-flow';
import { lookupFlow, type FlowRegistry } from './registry';

const flow = parseFlow(tinyFlow());
const registry: FlowRegistry = {
  DEFAULT_FLOW_ID: 'tiny',
  DEFAULT_REGION_ID: 'uk',
  getFlow: (id) => (id === 'tiny' ? flow : undefined),
  flowIds: () => ['tiny', 'other'],
  regionIds: () => ['uk', 'us'],
};

describe('looking a flow up', () => {
  test('finds a flow by its id', () => {
    expect(lookupFlow(registry, 'tiny')).toEqual({ flow });
  });

  test('names the known flows, and repeats the asked-for id only if it is plain', () => {
    expect(lookupFlow(registry, 'back-pain_2')).toEqual({ problem: 'unknown flow "back-pain_2"; known flows: tiny, other' });
    expect(lookupFlow(registry, 'x'.repeat(64))).toEqual({ problem: `unknown flow "${'x'.repeat(64)}"; known flows: tiny, other` });
    for (const odd of ['Tiny', '<script>', '', 'x'.repeat(65), 'a b', 'tiny\n']) {
      expect(lookupFlow(registry, odd)).toEqual({ problem: 'unknown flow; known flows: tiny, other' });
    }
  });

  test('names the known regions for a region it does not know', () => {
    expect(lookupFlow(registry, 'tiny', 'mars')).toEqual({ problem: 'unknown region "mars"; known regions: uk, us' });
  });
});
