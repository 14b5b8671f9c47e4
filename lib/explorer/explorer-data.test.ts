import { parseFlow } from '../flow/parse-flow';
import { tinyFlow } from '../testing/tiny-flow';
import { EXPLORER_DATA_FORMAT, fingerprint, flowFingerprint, parseExplorerData } from './explorer-data';

const flow = parseFlow(tinyFlow());
const data = {
  format: EXPLORER_DATA_FORMAT,
  flowId: flow.id,
  version: flow.version,
  flowFingerprint: flowFingerprint(flow),
  flow,
  paths: { states: 2, paths: 1, byTier: { emergency: { paths: 1, minScreens: 1, medianScreens: 1, maxScreens: 1 } }, byOutcome: {} },
  transitions: [{ from: 'first', to: 'emergency' }],
  layout: {
    width: 100,
    height: 80,
    nodes: [{ id: 'first', kind: 'screen', x: 0, y: 0, width: 50, height: 20, lines: ['1. First'] }],
    edges: [{ from: 'first', to: 'emergency', points: [[1, 2], [3, 4]] }],
  },
};

test('reads back what was written, and names what is wrong with anything else', () => {
  expect(parseExplorerData(JSON.parse(JSON.stringify(data)), 'x.json')).toEqual(data);
  expect(() => parseExplorerData({ ...data, format: 0 }, 'x.json')).toThrow(/^x\.json is not explorer data \(format \d+\): format: /);
  expect(() => parseExplorerData({ ...data, flow: { ...flow, rules: [] } }, 'x.json')).toThrow(/^x\.json is not explorer data \(format \d+\): flow\.rules: /);
  expect(() => parseExplorerData({ ...data, paths: { ...data.paths, byTier: { soon: data.paths.byTier.emergency } } }, 'x.json')).toThrow(
    'x.json is not explorer data',
  );
});

test('a fingerprint changes with the text, and only with it', () => {
  expect(fingerprint('a flow')).toBe(fingerprint('a flow'));
  expect(fingerprint('a flow')).not.toBe(fingerprint('a flow.'));
  expect(fingerprint('')).toMatch(/^[0-9a-f]{14}$/);
  expect(flowFingerprint({ id: 'x', version: '1' })).toBe(fingerprint('{"id":"x","version":"1"}'));
});
