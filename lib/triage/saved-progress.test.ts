import { parseFlow } from '@/lib/flow/parse-flow';
import { tinyFlow } from '@/lib/testing/tiny-flow';
import { IDLE_MINUTES, MAX_SAVED_LENGTH, parseProgress, serializeProgress } from './saved-progress';

const flow = parseFlow(tinyFlow());
const answers = { first: [], age: 30, signs: ['mild'] };
const trail = ['first', 'age', 'signs'];
const now = Date.UTC(2026, 10, 25, 12);
const saved = (extra: object) => JSON.stringify({ flow: 'tiny', version: '1.0.0', answers, trail, savedAt: now, ...extra });

describe('saved progress', () => {
  test('round-trips the answers and the steps shown, with the flow’s version and when it was saved', () => {
    expect(parseProgress(flow, serializeProgress(flow, { answers, trail }, now), now)).toEqual({ status: 'ok', answers, trail });
    expect(JSON.parse(serializeProgress(flow, { answers, trail }, now))).toEqual({ flow: 'tiny', version: '1.0.0', answers, trail, savedAt: now });
  });

  test('nothing saved', () => {
    expect(parseProgress(flow, null, now)).toEqual({ status: 'none' });
    expect(parseProgress(flow, '', now)).toEqual({ status: 'none' });
  });

  test('a mark that answers were removed for want of use, with no answers or steps in it, reads as expired', () => {
    expect(parseProgress(flow, serializeProgress(flow, { answers: {}, trail: [] }, 0), now)).toEqual({ status: 'discarded', reason: 'expired' });
  });

  test(`progress not used for ${IDLE_MINUTES} minutes is discarded; a minute less is kept`, () => {
    expect(parseProgress(flow, saved({}), now + IDLE_MINUTES * 60_000 + 1)).toEqual({ status: 'discarded', reason: 'expired' });
    expect(parseProgress(flow, saved({}), now + (IDLE_MINUTES - 1) * 60_000)).toMatchObject({ status: 'ok' });
  });

  test.each<[string, string, string]>([
    ['not JSON', '{"flow"', 'unreadable'],
    ['an array', '[]', 'tampered'],
    ['an old version', saved({ version: '0.1.0' }), 'old-version'],
    ['another flow', saved({ flow: 'knees' }), 'tampered'],
    ['an extra key', saved({ admin: true }), 'tampered'],
    ['no time', saved({ savedAt: 'yesterday' }), 'tampered'],
    ['a time in the future', saved({ savedAt: now + 3_600_000 }), 'tampered'],
    ['a step that is not in the flow', saved({ trail: ['first', 'knee'] }), 'tampered'],
    ['no step at all', saved({ trail: [] }), 'tampered'],
    ['a wrong type', saved({ answers: { ...answers, age: 'x' } }), 'tampered'],
    ['an unknown finding', saved({ answers: { ...answers, signs: ['knee'] } }), 'tampered'],
    ['an unknown screen', saved({ answers: { ...answers, knee: 'yes' } }), 'tampered'],
    ['an out-of-range number', saved({ answers: { ...answers, age: 999 } }), 'tampered'],
    ['a huge value', saved({ pad: 'x'.repeat(MAX_SAVED_LENGTH) }), 'tampered'],
    ['__proto__', `{"flow":"tiny","version":"1.0.0","trail":[],"savedAt":${now},"answers":{"__proto__":{"age":30}}}`, 'tampered'],
    ['a hidden follow-up answered', saved({ answers: { ...answers, worse: 'yes' } }), 'tampered'],
    // JSON.parse reads a repeated key as the last one given: the red flag before it would be dropped.
    ['a screen answered twice', saved({}).replace('"answers":{', '"answers":{"first":["red"],'), 'tampered'],
    ['the answers given twice', saved({}).replace('"answers":', '"answers":{"first":["red"]},"answers":'), 'tampered'],
    ['its keys in another order', JSON.stringify({ version: '1.0.0', flow: 'tiny', answers, trail, savedAt: now }), 'tampered'],
    ['spaces our own never have', JSON.stringify({ flow: 'tiny', version: '1.0.0', answers, trail, savedAt: now }, null, 1), 'tampered'],
  ])('%s is discarded with a reason', (_, raw, reason) => {
    expect(parseProgress(flow, raw, now)).toEqual({ status: 'discarded', reason });
  });
});
