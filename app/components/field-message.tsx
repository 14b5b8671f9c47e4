/** Hint and error text under a question, with the ids the control's aria-describedby points to. */
export function describedBy(name: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}

export function Hint({ name, text }: { name: string; text?: string }) {
  return text ? (
    <div className="hint" id={`${name}-hint`}>
      {text}
    </div>
  ) : null;
}

export function ErrorMessage({ name, text }: { name: string; text?: string }) {
  return text ? (
    <p className="error-message" id={`${name}-error`}>
      <span className="visually-hidden">Error:</span> {text}
    </p>
  ) : null;
}
