import { EXPLORER_DATA_FORMAT, explorerDataPath, fingerprint, flowFingerprint, parseExplorerData } from './explorer-data';

const data = {
  format: EXPLORER_DATA_FORMAT,
  flowId: 'tiny',
  version: '1.0.0',
  flowFingerprint: 'abc',
  codeFingerprint: 'def',
  timings: { exploreMs: 12, layoutMs: 3 },
  paths: { states: 2, paths: 1, byTier: { emergency: { paths: 1, minScreens: 1, medianScreens: 1, maxScreens: 1 } }, byOutcome: {} },
  transitions: [{ from: 'first', to: 'emergency' }],
  layout: {
    width: 100,
    height: 80,
    nodes: [{ id: 'first', kind: 'screen', x: 0, y: 0, width: 50, height: 20, lines: ['1. First'] }],
    edges: [{ from: 'first', to: 'emergency', points: [[1, 2], [3, 4]] }],
  },
};

test('is kept under .cache/, one file per flow', () => {
  expect(explorerDataPath('back-spasms')).toBe('.cache/explorer/back-spasms.json');
});

test('reads back what was written, and names what is wrong with anything else', () => {
  expect(parseExplorerData(JSON.parse(JSON.stringify(data)), 'x.json')).toEqual(data);
  expect(() => parseExplorerData({ ...data, format: 0 }, 'x.json')).toThrow(/^x\.json is not explorer data \(format \d+\): format: /);
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
