/** npm run flow:schemas — regenerates flows/schema/*.schema.json from lib/flow/flow-schema.ts and lib/flow/regions.ts. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { flowJsonSchemas, schemaFileName } from '@/lib/flow/json-schema';
import type { FlowPartName } from '@/lib/flow/flow-schema';
import { regionsJsonSchema } from '@/lib/flow/regions';

const folder = path.join(__dirname, '..', 'flows', 'schema');
const write = (name: string, schema: object) => {
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
};
for (const [part, schema] of Object.entries(flowJsonSchemas())) write(schemaFileName(part as FlowPartName), schema);
write('regions.schema.json', regionsJsonSchema());
