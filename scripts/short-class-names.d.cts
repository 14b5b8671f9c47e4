/** Types of short-class-names.cjs (CommonJS, for next.config.js). */
export function shortLocalIdent(context: { rootContext: string; resourcePath: string }, localIdentName: string, className: string): string;
export function applyShortClassNames(node: unknown): number;
