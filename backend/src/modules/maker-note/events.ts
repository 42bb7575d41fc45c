/** Events the maker-note workflows emit (the module's service itself emits none). */
export const MAKER_NOTE_EVENTS = {
  CREATED: "maker_note.created",
  MODERATED: "maker_note.moderated",
} as const
