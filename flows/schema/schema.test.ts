import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flowJsonSchemas, schemaFileName } from '@/lib/flow/json-schema';
import type { FlowPartName } from '@/lib/flow/flow-schema';
import { regionsJsonSchema } from '@/lib/flow/regions';

test('the JSON Schemas editors use match lib/flow-schema.ts (regenerate with npm run flow:schemas)', () => {
  for (const [part, schema] of Object.entries(flowJsonSchemas())) {
    const file = path.join(__dirname, schemaFileName(part as FlowPartName));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema);
  }
  expect(JSON.parse(readFileSync(path.join(__dirname, 'regions.schema.json'), 'utf8'))).toEqual(regionsJsonSchema());
});
