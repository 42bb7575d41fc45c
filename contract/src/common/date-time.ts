/**
 * A moment as the JSON carries it: an ISO 8601 string. Typed as Medusa's own
 * HttpTypes type their dates (`Date | string`) because a handler may hand
 * `res.json` a Date, which JSON.stringify sends as that same ISO string.
 * Readers get a string at run time; `new Date(value)` accepts both.
 */
export type DateTime = string | Date
