/*
 * The names a step's form shares between the browser and the server. A module of its own, so the
 * browser's forms can name them without bringing in the server's half (form-step.ts) and what it reads.
 */

/** The hidden fields, and the name of the submit buttons. */
export const FORM_FIELDS = { progress: 'progress', step: 'step', intent: 'intent' } as const;

/**
 * What a button asks for: answer and continue, go back, confirm the answers, go to "Check your
 * answers", or change one answer (`change:<screen id>`).
 */
export type Intent = 'continue' | 'back' | 'confirm' | 'review' | `change:${string}`;
