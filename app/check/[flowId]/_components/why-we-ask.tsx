interface WhyWeAskProps {
  readonly why?: string;
  /** For a checklist: what each option can mean. */
  readonly items?: readonly { label: string; why: string }[];
}

export function WhyWeAsk({ why, items = [] }: WhyWeAskProps) {
  if (!why && items.length === 0) return null;
  return (
    <details className="details">
      <summary className="details__summary">Why we ask this</summary>
      <div className="details__text">
        {why && <p>{why}</p>}
        {items.length > 0 && (
          <dl className="why-list">
            {items.map((item) => (
              <div key={item.label}>
                <dt>{item.label}</dt>
                <dd>{item.why}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </details>
  );
}
