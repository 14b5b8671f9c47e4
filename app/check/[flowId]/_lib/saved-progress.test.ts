import { parseFlow } from '@/lib/flow/parse-flow';
import { tinyFlow } from '@/lib/testing/tiny-flow';
import { MAX_SAVED_LENGTH, parseProgress, serializeProgress } from './saved-progress';

const flow = parseFlow(tinyFlow());
const answers = { first: [], age: 30, signs: ['mild'] };

describe('saved progress', () => {
  test('round-trips the answers with the flow’s version', () => {
    expect(parseProgress(flow, serializeProgress(flow, answers))).toEqual({ status: 'ok', answers });
    expect(JSON.parse(serializeProgress(flow, answers))).toEqual({ flow: 'tiny', version: '1.0.0', answers });
  });

  test('nothing saved', () => {
    expect(parseProgress(flow, null)).toEqual({ status: 'none' });
  });

  test.each<[string, string, string]>([
    ['not JSON', '{"flow"', 'unreadable'],
    ['an old version', JSON.stringify({ flow: 'tiny', version: '0.1.0', answers }), 'old-version'],
    ['another flow', JSON.stringify({ flow: 'knees', version: '1.0.0', answers }), 'tampered'],
    ['an extra key', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers, admin: true }), 'tampered'],
    ['a wrong type', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers: { ...answers, age: 'x' } }), 'tampered'],
    ['an unknown finding', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers: { ...answers, signs: ['knee'] } }), 'tampered'],
    ['an unknown screen', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers: { ...answers, knee: 'yes' } }), 'tampered'],
    ['an out-of-range number', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers: { ...answers, age: 999 } }), 'tampered'],
    ['a huge value', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers, pad: 'x'.repeat(MAX_SAVED_LENGTH) }), 'tampered'],
    ['__proto__', '{"flow":"tiny","version":"1.0.0","answers":{"__proto__":{"age":30}}}', 'tampered'],
    ['a hidden follow-up answered', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers: { ...answers, worse: 'yes' } }), 'tampered'],
  ])('%s is discarded with a reason', (_, raw, reason) => {
    expect(parseProgress(flow, raw)).toEqual({ status: 'discarded', reason });
  });
});
