/**
 * English for every option title and option value the catalog uses. Options
 * are created per product, so one dictionary translates all of them.
 */
export const OPTION_TERMS_EN: Record<string, string> = {
  // titles
  Rasa: "Flavour",
  Ukuran: "Size",
  "Berat bersih": "Net weight",
  Warna: "Colour",
  // flavours
  Original: "Original",
  Pedas: "Spicy",
  "Rumput laut": "Seaweed",
  // colours
  Merah: "Red",
  Biru: "Blue",
  Hijau: "Green",
  Kuning: "Yellow",
  Natural: "Natural",
  "Cokelat tua": "Dark brown",
  "Merah-putih": "Red and white",
  "Biru-kuning": "Blue and yellow",
  "Hijau-kuning": "Green and yellow",
}

// Sizes, weights and dimensions read the same in both languages.
const LANGUAGE_NEUTRAL = /^(\d+([,.]\d+)?\s?(g|kg|cm)|\d+\s?×\s?\d+\s?cm|S|M|L|XL|\d{2})$/

/** The English for an option title or value; throws when the dictionary lacks it. */
export function optionTermEn(term: string): string {
  if (LANGUAGE_NEUTRAL.test(term)) return term
  const en = OPTION_TERMS_EN[term]
  if (!en) throw new Error(`No English for option term "${term}": add it to seed-data/option-terms.ts`)
  return en
}
