/** Joins the class names that apply; none gives no class attribute at all rather than an empty one. */
export function classNames(...names: (string | false | null | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}
