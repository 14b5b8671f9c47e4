import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { safeParse, type ZodMiniType } from 'zod/mini';

/**
 * A react-hook-form resolver for a zod schema: the form's values in, the parsed answer or the first error
 * for each field out. @hookform/resolvers does the same for every schema library and zod version; this
 * is the part we use, at a tenth of its weight in the browser bundle.
 */
export function zodFormResolver<Output extends FieldValues>(
  schema: ZodMiniType<Output, FieldValues>,
): Resolver<FieldValues, unknown, Output> {
  return (values) => {
    const result = safeParse(schema, values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'root');
      errors[field] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors };
  };
}
