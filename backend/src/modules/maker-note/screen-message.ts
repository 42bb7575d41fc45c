/**
 * What a thank-you note may not carry: it is shown publicly and read by the
 * cohort's coordinator, so it must not become a way to hand over a phone
 * number, a link or an address (to a participant or to the world). Pure and
 * without reads, so it is unit-tested on its own.
 */
export type NoteRefusalKind = "phone" | "link" | "address"

/** Limits every entry point shares (the routes' validators and the storefront form). */
export const NOTE_LIMITS = { message: 280, first_name: 40 } as const

// Eight or more digits, with spaces, dashes, dots or brackets between them:
// +62 812-3456-7890, 0812 3456 7890, (0711) 123456. Prices are written with
// "Rp" and dots but stay under eight digits in a thank-you note.
const PHONE = /(?:\+\s*)?(?:\d[\s\-.()/]*){8,}/
// Digits spelled with a leading +62 or 08 and at least six more, however split.
const INDONESIAN_PHONE = /(?:\+\s*62|\b62|\b08)[\s\-.]*\d(?:[\s\-.]*\d){5,}/

const LINK = [
  /\bhttps?:\/\//i,
  /\bwww\./i,
  // An email address.
  /[^\s@]+@[^\s@]+\.[a-z]{2,}/i,
  // A social handle (@toko_rina): a way to reach someone, like a link.
  /(?:^|[\s(])@[a-z0-9_.]{3,}/i,
  // A bare domain: tokorina.com, bit.ly/abc, wa.me/62…
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|id|net|org|co|io|me|info|biz|xyz|ly|gl|link|shop|store|site|online|app|dev|my|sg|web|tk|gg)\b/i,
]

const ADDRESS = [
  /\bjln?\.?\s+\S/i, // Jl. Merdeka, Jln Sudirman
  /\b[Jj]alan\s+[A-Z]/, // Jalan Merdeka (not "jalan terus")
  /\b[Gg](?:ang|g)\.?\s+[A-Z0-9]/, // Gg. Mawar, Gang 3
  /\bR[Tt]\s*[.:]?\s*\d+|\bR[Ww]\s*[.:]?\s*\d+|\bRT\s*\/\s*RW\b/, // RT 03 / RW 05, RT.3
  /\bno\.?\s*\d+/i, // No. 12, no 7
  /\bnomor\s+\d+/i,
  /\bkode\s*pos\b/i,
  /\b(?:kel|kec|kab)\.\s*\S/i, // Kel. Plaju Ulu
  /\b(?:kelurahan|kecamatan|perumahan|komplek|kompleks|blok)\s+\S/i,
]

/** Every kind of contact the text carries, in a fixed order; empty when the note may go to moderation. */
export function screenNoteText(text: string): NoteRefusalKind[] {
  const found: NoteRefusalKind[] = []
  if (PHONE.test(text) || INDONESIAN_PHONE.test(text)) found.push("phone")
  if (LINK.some((re) => re.test(text))) found.push("link")
  if (ADDRESS.some((re) => re.test(text))) found.push("address")
  return found
}
