/** npm run flow:schemas — regenerates flows/schema/*.schema.json from lib/flow/flow-schema.ts. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { flowJsonSchemas, schemaFileName } from '@/lib/flow/json-schema';
import type { FlowPartName } from '@/lib/flow/flow-schema';

const folder = path.join(__dirname, '..', 'flows', 'schema');
for (const [part, schema] of Object.entries(flowJsonSchemas())) {
  const file = path.join(folder, schemaFileName(part as FlowPartName));
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
