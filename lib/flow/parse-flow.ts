import { safeParse, superRefine } from 'zod/mini';
import { en } from 'zod/locales';
import { checkFlow } from './check-flow';
import { FlowShape, type Flow } from './flow-schema';
import { formatPath } from './primitives';

export class FlowError extends Error {
  constructor(
    readonly flowId: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(`Invalid flow "${flowId}":\n` + issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n'));
    this.name = 'FlowError';
  }
}

const english = en();

/** Parses a flow, or throws a FlowError naming every bad path (e.g. `rules[3].when.all[1].finding`). */
export function parseFlow(input: unknown): Flow {
  // The shape first, then what the shape cannot say: cross-references, reachability (check-flow).
  const schema = FlowShape().check(
    superRefine((flow, ctx) => {
      for (const issue of checkFlow(flow)) ctx.addIssue({ code: 'custom', input: flow, path: [...issue.path], message: issue.message });
    }),
  );
  const result = safeParse(schema, input, {
    // zod/mini carries no messages of its own: a clinician editing a flow file reads zod's English ones.
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : english.localeError(issue)),
  });
  if (result.success) return result.data;
  const id = typeof input === 'object' && input && 'id' in input ? String(input.id) : '(unknown)';
  throw new FlowError(
    id,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

