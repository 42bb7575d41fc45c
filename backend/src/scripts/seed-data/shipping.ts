/**
 * How the online shop delivers. Every cohort keeps stock at its own location,
 * and Medusa lists a cart's shipping options from the fulfillment sets of ALL
 * locations linked to the cart's sales channel. One set per cohort would show
 * every option once per cohort, so the options live once, on a central dispatch
 * location that holds no stock: reservations still come from the cohort's
 * location that has the units (Medusa picks the channel location with stock).
 */

export type GeoZoneSeed =
  | { type: "country"; country_code: string }
  | { type: "city"; country_code: string; province_code: string; city: string }

export type ServiceZoneSeed = { name: string; geo_zones: GeoZoneSeed[] }

export type ShippingOptionSeed = {
  name: string
  /** Whole rupiah, tax inclusive like every price in the IDR region. */
  amount: number
  type: { code: string; label: string; description: string }
  en: { name: string; type: { label: string; description: string } }
}

export type FulfillmentSetSeed = {
  name: string
  type: "shipping" | "pickup"
  zones: (ServiceZoneSeed & { options: ShippingOptionSeed[] })[]
}

const INDONESIA: GeoZoneSeed = { type: "country", country_code: "id" }

// Medusa matches a city zone by exact country, province and city; an address
// without a province matches on country and city alone. Both spellings of the
// province a checkout may send are listed: the ISO 3166-2 code and the name.
const PALEMBANG: GeoZoneSeed[] = ["id-ss", "Sumatera Selatan"].map((province_code) => ({
  type: "city",
  country_code: "id",
  province_code,
  city: "Palembang",
}))

export const DISPATCH_LOCATION = {
  name: "Gudang Karya Binaan Plaju",
  address: {
    address_1: "Gudang pengiriman Karya Binaan, Kecamatan Plaju",
    city: "Palembang",
    province: "Sumatera Selatan",
    country_code: "id",
  },
}

/** The manual provider: programme staff and couriers hand goods over, no carrier API. */
export const FULFILLMENT_PROVIDER_ID = "manual_manual"

export const FULFILLMENT_SETS: FulfillmentSetSeed[] = [
  {
    name: "Pengiriman Karya Binaan",
    type: "shipping",
    zones: [
      {
        name: "Seluruh Indonesia",
        geo_zones: [INDONESIA],
        options: [
          {
            name: "Pengiriman Reguler",
            amount: 15_000,
            type: { code: "reguler", label: "Reguler", description: "Tiba dalam 2–5 hari kerja." },
            en: { name: "Regular delivery", type: { label: "Regular", description: "Arrives in 2–5 working days." } },
          },
        ],
      },
      {
        name: "Kota Palembang",
        geo_zones: PALEMBANG,
        options: [
          {
            name: "Same-day Palembang",
            amount: 20_000,
            type: {
              code: "same-day",
              label: "Same-day",
              description: "Diantar kurir hari itu juga, khusus alamat di Kota Palembang.",
            },
            en: {
              name: "Same-day Palembang",
              type: { label: "Same-day", description: "Delivered by courier the same day, Palembang city addresses only." },
            },
          },
        ],
      },
    ],
  },
  {
    name: "Ambil di Outlet Mitra",
    type: "pickup",
    zones: [
      {
        name: "Outlet mitra Karya Binaan",
        geo_zones: [INDONESIA],
        options: [
          {
            name: "Ambil di Outlet Mitra",
            amount: 0,
            type: {
              code: "pickup",
              label: "Ambil sendiri",
              description: "Ambil di sentra kuliner binaan Pertamina di Palembang, tanpa ongkos kirim.",
            },
            en: {
              name: "Pick up at a partner outlet",
              type: { label: "Pickup", description: "Collect at a Pertamina-fostered culinary centre in Palembang, free of charge." },
            },
          },
        ],
      },
    ],
  },
]
