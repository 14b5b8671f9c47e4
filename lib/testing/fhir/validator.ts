import { checkInvariants } from './invariants';
import { createSchemaValidator } from './json-schema';

/** The resource types the app emits: the only ones the validator accepts. */
const EMITTED = ['Questionnaire', 'QuestionnaireResponse', 'RiskAssessment', 'Patient', 'Bundle'];

/**
 * A FHIR R4 validator for tests: the official R4 JSON Schema (ajv) and the invariants and required
 * primitives it cannot express (fhirpath.js). `validate` gives every problem, or [] for a valid
 * resource. Compiling takes a second or two on a shared machine: make one per test file, in beforeAll.
 */
export function createFhirValidator(): { validate(resource: unknown): string[] } {
  const schema = createSchemaValidator(EMITTED);
  return {
    validate(resource) {
      const invariants = typeof resource === 'object' && resource !== null ? checkInvariants(resource as Record<string, unknown>) : [];
      return [...schema(resource), ...invariants];
    },
  };
}
