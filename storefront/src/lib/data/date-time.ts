import type { DateTime } from "@karya-binaan/contract"

/**
 * A moment from our API as an ISO string. The contract allows a Date (the
 * backend hands Date objects to res.json), but over JSON it always arrives as
 * a string; this keeps the reshapers honest to both.
 */
export const isoString = (value: DateTime): string => (typeof value === "string" ? value : value.toISOString())
