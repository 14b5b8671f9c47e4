/** A budget: a figure, the limit it is held to, and whether it is met (null: not measured). */
export interface Budget {
  readonly section: string;
  readonly name: string;
  readonly value: string;
  readonly limit: string;
  readonly ok: boolean | null;
}

export const verdict = (ok: boolean | null) => (ok === null ? 'ERROR' : ok ? 'PASS' : 'MISS');

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const int = (n: number) => Math.round(n).toLocaleString('en-GB');
export const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
export const seconds = (ms: number | null) => (ms === null ? 'never' : `${(ms / 1000).toFixed(2)} s`);

/** A text table: the first column left-aligned, the rest right-aligned, two spaces apart. */
export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], left = 1): string[] {
  const cells = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  return cells.map((row) =>
    row
      .map((cell, i) => (i < left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export const budgetLines = (budgets: readonly Budget[]) =>
  table(
    ['', 'budget', 'figure', 'limit'],
    budgets.map((b) => [verdict(b.ok), b.name, b.value, b.limit]),
    2,
  ).slice(1).map((line) => `  ${line}`);
