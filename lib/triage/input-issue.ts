/** A problem with input from outside (a patient, a request body), at its path. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}
