/**
 * Same-day delivery is offered by a Medusa service zone whose geo zone is the
 * city "Palembang" (seed-data/shipping.ts), and Medusa matches a geo zone's
 * city by exact string. People write the city many ways ("Kota Palembang",
 * "palembang", "PALEMBANG", "Kodya Palembang", or leave it out and give the
 * postal code), so a cart's shipping address is put into the zone's spelling
 * before Medusa stores it (api/store/carts/middlewares.ts).
 */

export const PALEMBANG = "Palembang"
/** The zone lists the province both ways; the storefront's province list writes the name. */
const SOUTH_SUMATRA_SPELLINGS = ["id-ss", "Sumatera Selatan"]
const SOUTH_SUMATRA = "Sumatera Selatan"

/**
 * Postal codes of Kota Palembang: the 301xx and 302xx blocks (from 30111,
 * Ilir Timur I, to 30268, Plaju), as assigned by Pos Indonesia
 * (kodepos.posindonesia.co.id, Sumatera Selatan: Kota Palembang). The
 * neighbouring Kabupaten Banyuasin uses 307xx and 309xx, Ogan Ilir 306xx, so
 * the whole 30111–30299 span is Palembang's. Written from that listing, not
 * fetched at run time.
 */
const PALEMBANG_POSTAL = { from: 30111, to: 30299 }

// Administrative prefixes and suffixes that do not change the place: "Kota",
// "Kotamadya", "Kodya", "Kab."/"Kabupaten" (a slip: Palembang is a kota, but
// the city is still meant), "City of …", "… City".
const PREFIX = /^(kota(madya)?|kodya|kab|kabupaten|city of)\s+/
const SUFFIX = /\s+city$/

function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(PREFIX, "")
    .replace(SUFFIX, "")
}

/** True when `city` names Palembang, however it is capitalised, spaced or prefixed. */
export function namesPalembang(city: string | null | undefined): boolean {
  return !!city && simplify(city) === "palembang"
}

/** True for a postal code of Kota Palembang (five digits in its range). */
export function isPalembangPostalCode(postalCode: string | null | undefined): boolean {
  const digits = (postalCode ?? "").trim()
  if (!/^\d{5}$/.test(digits)) return false
  const code = Number(digits)
  return code >= PALEMBANG_POSTAL.from && code <= PALEMBANG_POSTAL.to
}

/** South Sumatra as people write it, by code or by name. */
function namesSouthSumatra(province: string | null | undefined): boolean {
  if (!province) return false
  const simple = province.toLowerCase().replace(/[.\s_-]+/g, " ").trim()
  return ["id ss", "ss", "sumatera selatan", "sumatra selatan", "sumsel", "south sumatra", "south sumatera"].includes(simple)
}

type AddressInput = { city?: string | null; province?: string | null; postal_code?: string | null; country_code?: string | null }

/**
 * The address with the city in the service zone's spelling when it is in Palembang:
 * the city names Palembang, or no city was given and the postal code is
 * Palembang's. A city that names another place is left as written, whatever
 * the postal code says. A province that names South Sumatra in a spelling the
 * zone does not list ("SUMSEL", "sumatra selatan") becomes "Sumatera Selatan".
 * Anything else is returned unchanged.
 */
export function canonicalPalembangAddress<T extends AddressInput>(address: T): T {
  if (address.country_code && address.country_code.toLowerCase() !== "id") return address
  const cityGiven = !!address.city?.trim()
  const inPalembang = cityGiven ? namesPalembang(address.city) : isPalembangPostalCode(address.postal_code)
  if (!inPalembang) return address
  return {
    ...address,
    city: PALEMBANG,
    ...(namesSouthSumatra(address.province) && !SOUTH_SUMATRA_SPELLINGS.includes(address.province!) ? { province: SOUTH_SUMATRA } : {}),
  }
}
