import type { FormStep } from '@/lib/triage/form-step';

/** How a page's forms work before, or without, JavaScript (see no-js-form.ts). */
export interface NoJsForm {
  /** The step the server worked out for a submitted form, when this page is its answer. */
  readonly posted: FormStep | null;
  /** The forms' action: a Server Action, or none (the static export). */
  readonly action: ((form: FormData) => void) | undefined;
  /** Hidden fields every form carries to the server. */
  readonly hidden: Readonly<Record<string, string>>;
  /** The static export: an empty GET form, to a help page, that the buttons belong to until the page is interactive. */
  readonly helpForm: { readonly id: string; readonly action: string } | null;
}
