/**
 * Demo Pertamina partner outlets (sentra kuliner binaan Pertamina). FICTION:
 * the names follow the programme's areas around Kilang Plaju, but the
 * centres, addresses, people and numbers are invented.
 */
export type SeedOutlet = {
  name: string
  handle: string
  pertamina_centre: string
  address_1: string
  address_2?: string
  city: string
  province: string
  postal_code: string
  contact_name: string
  contact_phone: string
  contact_email: string
  payment_terms_days: number
  minimum_order_value: number
  /** Wholesale price = retail less this share, rounded down to Rp 100. */
  discount_percent: number
  /** Cartons by product handle. */
  case_packs: Record<string, number>
  /** Commission the outlet keeps on consignment sales, in basis points (issue 5 rules). */
  consignment_commission_bp: number
  /**
   * Units placed at the outlet on consignment, by SKU (from the variant's
   * first-expiring batches): eceng gondok crafts, whose cohorts have no rule
   * of their own, so the consignment rule (with the outlet's commission) applies.
   */
  consigned: Record<string, number>
}

export const OUTLETS: SeedOutlet[] = [
  {
    name: "Sentra Kuliner Binaan Pertamina Plaju",
    handle: "sentra-kuliner-plaju",
    pertamina_centre: "Kilang Pertamina Plaju — program TJSL",
    address_1: "Jl. Kapten Abdullah No. 27, Kel. Plaju Ulu",
    address_2: "Kios 4–6, depan Lapangan Bola Plaju",
    city: "Palembang",
    province: "Sumatera Selatan",
    postal_code: "30266",
    contact_name: "Rini Marlina",
    contact_phone: "+62 812-7300-1144",
    contact_email: "sentra.plaju@karyabinaan.test",
    payment_terms_days: 14,
    minimum_order_value: 300_000,
    discount_percent: 25,
    case_packs: {
      "keripik-pisang-original": 20,
      "sale-pisang-goreng": 10,
      "tempe-chips": 10,
      "kerupuk-tempe": 10,
      "kotak-pensil-eceng-gondok": 6,
      "tempat-tisu-tali-meiwa": 6,
    },
    consignment_commission_bp: 2000,
    consigned: { "KB-ECG-TTG-NAT": 6, "KB-ECG-TOP-M": 4 },
  },
  {
    name: "Sentra Kuliner Binaan Pertamina Sungai Gerong",
    handle: "sentra-kuliner-sungai-gerong",
    pertamina_centre: "Kilang Pertamina Plaju (area Sungai Gerong) — program TJSL",
    address_1: "Jl. Lintas Timur Km 9, Desa Sungai Gerong",
    address_2: "Pujasera UMKM, blok B",
    city: "Banyuasin",
    province: "Sumatera Selatan",
    postal_code: "30962",
    contact_name: "Hendra Saputra",
    contact_phone: "+62 813-6720-5590",
    contact_email: "sentra.sungaigerong@karyabinaan.test",
    payment_terms_days: 30,
    minimum_order_value: 500_000,
    discount_percent: 30,
    case_packs: {
      "keripik-pisang-original": 20,
      "sale-pisang-goreng": 10,
      "tempe-chips": 12,
      "kerupuk-tempe": 10,
      "kotak-pensil-eceng-gondok": 6,
    },
    consignment_commission_bp: 2500,
    consigned: { "KB-ECG-TTG-CKT": 5, "KB-ECG-TKR-090": 4 },
  },
]

/** Retail less the outlet's discount, rounded down to Rp 100 (whole rupiah). */
export function wholesalePrice(retail: number, discountPercent: number): number {
  return Math.floor((retail * (100 - discountPercent)) / 100 / 100) * 100
}

/**
 * The revenue-share rule of an outlet's consignment channel: the outlet keeps
 * its commission as the outlet bucket; material fund, facility and platform
 * keep the default's shares; participants get the rest. (A cohort's own rule,
 * where one exists, is more specific and applies instead.)
 */
export function consignmentRuleBuckets(commissionBp: number) {
  return [
    { code: "participants" as const, basis_points: 10_000 - 1500 - 1000 - 1000 - commissionBp },
    { code: "material_fund" as const, basis_points: 1500 },
    { code: "facility" as const, basis_points: 1000 },
    { code: "outlet" as const, basis_points: commissionBp },
    { code: "platform" as const, basis_points: 1000 },
  ]
}
