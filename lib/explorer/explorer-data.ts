import { array, enum as oneOf, int, literal, nonnegative, number, optional, partialRecord, record, safeParse, strictObject, string, tuple, type output } from 'zod/mini';
import { FlowShape } from '../flow/flow-schema';
import { formatPath } from '../flow/primitives';
import { TIERS } from '../flow/tiers';

/*
 * Everything the flow explorer (/flows/<id>) shows, made once per flow by `npm run flow:explorer` (a step
 * of `npm run build` and `npm run dev`): the flow as parsed, in the default region's words; the
 * transitions and path figures from exploring every path of its machine; and the graph's layout.
 *
 * The page renders in the browser from this one file, which the page's code imports, rather than from
 * props: a prerendered page sends its props and server-rendered markup again as inline scripts, about one
 * per 16 kB, and the site's CSP must list the hash of each (scripts/postbuild-csp.mjs keeps the policy
 * under 3 kB). The file is checked against the flow in the registry when the site is built.
 */

/** Bumped when the shape below changes, so an old file is made again rather than misread. */
export const EXPLORER_DATA_FORMAT = 2;

const Count = () => int().check(nonnegative());

const Figures = () => strictObject({ paths: Count(), minScreens: Count(), medianScreens: Count(), maxScreens: Count() });

const ExplorerDataSchema = () =>
  strictObject({
    format: literal(EXPLORER_DATA_FORMAT),
    flowId: string(),
    version: string(),
    /** `flowFingerprint` of the flow below, as the registry gives it: the build checks the two agree. */
    flowFingerprint: string(),
    flow: FlowShape(),
    /** The figures `npm run flow:check` prints: paths from the first screen to each outcome, and how many screens each shows. */
    paths: strictObject({
      states: Count(),
      paths: Count(),
      byTier: partialRecord(oneOf(TIERS), Figures()),
      byOutcome: record(string(), Figures()),
    }),
    transitions: array(strictObject({ from: string(), to: string() })),
    layout: strictObject({
      width: number(),
      height: number(),
      nodes: array(
        strictObject({
          id: string(),
          kind: oneOf(['screen', 'review', 'outcome']),
          tier: optional(oneOf(TIERS)),
          x: number(),
          y: number(),
          width: number(),
          height: number(),
          lines: array(string()),
        }),
      ),
      edges: array(strictObject({ from: string(), to: string(), points: array(tuple([number(), number()])) })),
    }),
  });

export type ExplorerData = output<ReturnType<typeof ExplorerDataSchema>>;
export type PathFigures = ExplorerData['paths'];

/** The data, or an error naming what is wrong with it. */
export function parseExplorerData(input: unknown, from: string): ExplorerData {
  const result = safeParse(ExplorerDataSchema(), input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${from} is not explorer data (format ${EXPLORER_DATA_FORMAT}): ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}

/**
 * A short fingerprint of some text (cyrb53, 53 bits as hex): enough to tell whether a flow or the code
 * has changed since the data was made. Not a security measure.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The fingerprint of a flow as loaded (parsed, in its region's words). */
export function flowFingerprint(flow: object): string {
  return fingerprint(JSON.stringify(flow));
}
