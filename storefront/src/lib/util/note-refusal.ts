/**
 * What a thank-you form says when the backend refused a note: the first
 * problem code it knows (phone, link, address, a second note, a cohort to
 * pick), or a general failure. Keys under "Notes.problems".
 */
export type NoteProblem = "note_phone" | "note_link" | "note_address" | "note_exists" | "note_cohort_required" | "note_order_canceled" | "failed"

const KNOWN: NoteProblem[] = ["note_phone", "note_link", "note_address", "note_exists", "note_cohort_required", "note_order_canceled"]

export function noteProblems(problems: readonly unknown[] | undefined): NoteProblem[] {
  const codes = (problems ?? []).map((p) => (p as { code?: unknown })?.code).filter((c): c is NoteProblem => KNOWN.includes(c as NoteProblem))
  return codes.length ? [...new Set(codes)] : ["failed"]
}

/** The shopper's answer after sending. */
export type NoteFormState = { status: "idle" | "sent" | "refused"; problems?: NoteProblem[]; values?: { first_name: string; message: string; cohort_id: string } }
