/**
 * Indonesia's 38 provinces (since the 2022 Papua split), as a shopper writes
 * them. Addresses store the name itself: readable in Medusa Admin, on packing
 * slips and in notifications without a lookup.
 */
export const PROVINCES = [
  "Aceh",
  "Sumatera Utara",
  "Sumatera Barat",
  "Riau",
  "Kepulauan Riau",
  "Jambi",
  "Bengkulu",
  "Sumatera Selatan",
  "Kepulauan Bangka Belitung",
  "Lampung",
  "Banten",
  "DKI Jakarta",
  "Jawa Barat",
  "Jawa Tengah",
  "DI Yogyakarta",
  "Jawa Timur",
  "Bali",
  "Nusa Tenggara Barat",
  "Nusa Tenggara Timur",
  "Kalimantan Barat",
  "Kalimantan Tengah",
  "Kalimantan Selatan",
  "Kalimantan Timur",
  "Kalimantan Utara",
  "Sulawesi Utara",
  "Gorontalo",
  "Sulawesi Tengah",
  "Sulawesi Barat",
  "Sulawesi Selatan",
  "Sulawesi Tenggara",
  "Maluku",
  "Maluku Utara",
  "Papua",
  "Papua Barat",
  "Papua Barat Daya",
  "Papua Tengah",
  "Papua Pegunungan",
  "Papua Selatan",
] as const

export type Province = (typeof PROVINCES)[number]

/**
 * ISO 3166-2:ID codes ("ID-SS"), as Medusa Admin and other API clients write a
 * province: shown and prefilled under the province's name.
 */
const ISO_CODES: Record<string, Province> = {
  ac: "Aceh",
  su: "Sumatera Utara",
  sb: "Sumatera Barat",
  ri: "Riau",
  kr: "Kepulauan Riau",
  ja: "Jambi",
  be: "Bengkulu",
  ss: "Sumatera Selatan",
  bb: "Kepulauan Bangka Belitung",
  la: "Lampung",
  bt: "Banten",
  jk: "DKI Jakarta",
  jb: "Jawa Barat",
  jt: "Jawa Tengah",
  yo: "DI Yogyakarta",
  ji: "Jawa Timur",
  ba: "Bali",
  nb: "Nusa Tenggara Barat",
  nt: "Nusa Tenggara Timur",
  kb: "Kalimantan Barat",
  kt: "Kalimantan Tengah",
  ks: "Kalimantan Selatan",
  ki: "Kalimantan Timur",
  ku: "Kalimantan Utara",
  sa: "Sulawesi Utara",
  go: "Gorontalo",
  st: "Sulawesi Tengah",
  sr: "Sulawesi Barat",
  sn: "Sulawesi Selatan",
  sg: "Sulawesi Tenggara",
  ma: "Maluku",
  mu: "Maluku Utara",
  pa: "Papua",
  pb: "Papua Barat",
  pd: "Papua Barat Daya",
  pt: "Papua Tengah",
  pe: "Papua Pegunungan",
  ps: "Papua Selatan",
}

/** The province a stored value names, by name or by ISO code ("id-ss"); undefined for anything else. */
export function provinceOf(value: string | null | undefined): Province | undefined {
  const trimmed = value?.trim() ?? ""
  const named = PROVINCES.find((p) => p === trimmed)
  if (named) return named
  const code = /^id-([a-z]{2})$/i.exec(trimmed)?.[1]?.toLowerCase()
  return code ? ISO_CODES[code] : undefined
}

/** A stored province as a person reads it: its name, or the value as written when it names no province. */
export const provinceLabel = (value: string | null | undefined): string => provinceOf(value) ?? value ?? ""
