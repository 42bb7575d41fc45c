/** Indonesian names for the report's categories; an unknown value shows as it is. */
export const CHANNEL_LABELS: Record<string, string> = {
  online: "Daring (toko online)",
  outlet: "Outlet (grosir)",
  consignment: "Titip jual (konsinyasi)",
}

export const AREA_LABELS: Record<string, string> = {
  plaju: "Ring 1 — Kec. Plaju",
  banyuasin_i: "Ring 1 — Kec. Banyuasin I",
  other: "Wilayah lain",
}

export const STATUS_LABELS: Record<string, string> = {
  wbp: "WBP (di dalam)",
  klien: "Klien (pembebasan bersyarat)",
  released: "Sudah bebas",
}

export const SKILL_LINE_LABELS: Record<string, string> = {
  olahan_pisang: "Olahan pisang",
  olahan_tempe: "Olahan tempe",
  tali_meiwa: "Tali meiwa",
  eceng_gondok: "Eceng gondok",
  food_safety: "Keamanan pangan / P-IRT",
  business: "Usaha",
}

export const label = (labels: Record<string, string>, value: string) => labels[value] ?? value

/** Said wherever a value is withheld because its group is smaller than the minimum. */
export const SUPPRESSED = "disembunyikan"
