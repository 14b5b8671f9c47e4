import { toJSONSchema } from 'zod/mini';
import { FLOW_PARTS, type FlowPartName } from './flow-schema';

/**
 * JSON Schemas for the files of a flow folder, generated from the zod schemas, so an editor can check
 * a flow while a clinician edits it. Cross-references (an unknown finding, an unreachable screen) are
 * only checked by `parseFlow`: run `npm run flow:check`.
 */
export function flowJsonSchemas(): Record<FlowPartName, object> {
  return Object.fromEntries(
    Object.entries(FLOW_PARTS).map(([name, schema]) => [
      name,
      { title: `Flow ${name} file`, ...toJSONSchema(schema(), { target: 'draft-2020-12', unrepresentable: 'any' }) },
    ]),
  ) as Record<FlowPartName, object>;
}

export function schemaFileName(part: FlowPartName): string {
  return `${part}.schema.json`;
}
