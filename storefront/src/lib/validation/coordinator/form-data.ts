/**
 * Helpers for the portal's forms. Every issue's message is a key under
 * "CoordinatorForm.errors", translated where the form renders it; field names
 * of repeated rows use dots ("variants.0.price"), as in the form itself.
 */
export type FieldErrors = Record<string, string>

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> }

/** Text values of a form (files and passwords left out), to fill it again after an error. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("password") && !key.startsWith("$")) values[key] = value
  }
  return values
}

/** zod issues → first error key per field, named like the form's inputs. */
export function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = issue.path.map(String).join(".")
    errors[field] ??= issue.message
  }
  return errors
}

/** Row indexes present in the form for a repeated group: "variants.3.title" → 3. */
export function rowIndexes(form: FormData, group: string): number[] {
  const found = new Set<number>()
  for (const key of form.keys()) {
    const match = key.match(new RegExp(`^${group}\\.(\\d+)\\.`))
    if (match) found.add(Number(match[1]))
  }
  return [...found].sort((a, b) => a - b)
}

export const text = (form: FormData, name: string) => String(form.get(name) ?? "")
