import type * as z from 'zod';
import { formatPath } from './flow-schema';

export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** Zod issues as `{ path, message }` pairs, the shape the API and the CLI report. */
export function inputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** One line for a person: the first problem, and how many more there are. */
export function oneLine(issues: readonly InputIssue[]): string {
  const [first] = issues;
  if (!first) return 'invalid input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}
