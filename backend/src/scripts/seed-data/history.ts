/**
 * The demo's six months of history (KARYA_DEMO_HISTORY, on in `npm start`):
 * what happened each month, as plain data. FICTION like the rest of the seed:
 * invented buyers, trainings and sums. seeders/history.ts plays it through the
 * real workflows. Deterministic: the same `now` gives the same plan.
 */
import { jakartaMidnight, jakartaMonth, parseMonth } from "../../lib/jakarta-time"
import type { SKILL_LINES, TRAINING_KINDS } from "../../modules/impact/models/training"
import { PRODUCTS } from "./catalog"

/** Months of history before the current Jakarta month. */
export const HISTORY_MONTHS = 6

const DAY_MS = 24 * 60 * 60 * 1000

/** Variants the history sells online and at outlets (well stocked in catalog.ts, every cohort represented). */
export const ONLINE_SKUS = [
  "KB-PSG-KRP-ORI-200",
  "KB-PSG-KRP-BLD-200",
  "KB-PSG-SLE-120",
  "KB-PSG-SLG-200",
  "KB-TMP-KRP-ORI-250",
  "KB-TMP-KRP-PDS-250",
  "KB-TMP-CHP-ORI-100",
  "KB-TMP-KRU-250",
  "KB-TMW-TBL-S-MP",
  "KB-TMW-TTS-BRU",
  "KB-TMW-KRS-S",
  "KB-ECG-KPS-NAT",
  "KB-ECG-TTP-NAT",
  "KB-ECG-KRB-M",
] as const

/** Outlet wholesale orders: product handle and SKU, ordered in whole cartons (outlets.ts case packs). */
export const OUTLET_LINES = [
  { handle: "keripik-pisang-original", sku: "KB-PSG-KRP-ORI-200" },
  { handle: "tempe-chips", sku: "KB-TMP-CHP-ORI-100" },
  { handle: "kerupuk-tempe", sku: "KB-TMP-KRU-250" },
  { handle: "sale-pisang-goreng", sku: "KB-PSG-SLG-200" },
] as const

/** Consigned crafts each outlet sells through every month (its consigned SKUs in outlets.ts). */
export const CONSIGNED_SKUS: Record<string, string[]> = {
  "sentra-kuliner-plaju": ["KB-ECG-TTG-NAT", "KB-ECG-TOP-M"],
  "sentra-kuliner-sungai-gerong": ["KB-ECG-TTG-CKT", "KB-ECG-TKR-090"],
}

export type PaymentFate = "captured" | "refunded" | "unpaid_canceled"

export type OnlineOrderPlan = {
  /** When the buyer placed it, paid it (captured) and, for a refund, got the money back. */
  placed_at: Date
  paid_at: Date
  refunded_at: Date
  fate: PaymentFate
  email: string
  first_name: string
  city: string
  lines: { sku: string; quantity: number }[]
  /** A thank-you the buyer wrote to the cohort of the first line, once paid. */
  note?: NotePlan
}

/** What a buyer wrote to the makers, when, and what the cohort's coordinator decided (pending: not yet). */
export type NotePlan = { message: string; share_name: boolean; decision: "approved" | "rejected" | "pending"; written_at: Date; decided_at: Date }

export type OutletOrderPlan = { outlet: string; placed_at: Date; paid_at: Date; po_number: string; lines: { handle: string; sku: string; cartons: number }[] }

export type ConsignmentPlan = { outlet: string; placed_at: Date; reported_at: Date; period_start: string; period_end: string; lines: { sku: string; quantity: number }[] }

export type TrainingPlan = {
  cohort: string
  kind: (typeof TRAINING_KINDS)[number]
  skill_line: (typeof SKILL_LINES)[number]
  title: string
  held_on: string
  place: string
  trainer_org: string
  hours: number
  /** Indexes into the cohort's participants (code order). */
  attendees: number[]
}

export type InputPlan = { month: string; kind: "training_cost" | "equipment" | "material_capital" | "other"; amount: number; note: string }

export type MonthPlan = {
  month: string
  online: OnlineOrderPlan[]
  outlet: OutletOrderPlan[]
  consignment: ConsignmentPlan[]
  trainings: TrainingPlan[]
  inputs: InputPlan[]
  /** The payout run for the month and the day its statements are paid (the facility's transfer). */
  payout_at: Date
  paid_on: string
}

/** mulberry32: a small deterministic generator, so every demo database tells the same story. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number) => String(n).padStart(2, "0")

/** The HISTORY_MONTHS whole months before `now`'s Jakarta month, oldest first ("2026-06" … "2026-11"). */
export function historyMonths(now: Date): string[] {
  const [y, m] = parseMonth(jakartaMonth(now))!
  return Array.from({ length: HISTORY_MONTHS }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - HISTORY_MONTHS + i, 1))
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
  })
}

/** An instant on a day of the month, at a Palembang hour. */
function at(month: string, day: number, hour: number, minute = 0): Date {
  const [y, m] = parseMonth(month)!
  return new Date(jakartaMidnight(y, m, day).getTime() + (hour * 60 + minute) * 60_000)
}

const FIRST_NAMES = ["Rina", "Dedi", "Sari", "Agus", "Wulan", "Bayu", "Fitri", "Hendra", "Lestari", "Yusuf", "Maya", "Rizki", "Nur", "Andi", "Dewi"]
// What buyers write depends on what they bought: food (banana, tempe) or a woven craft.
const THANKS = {
  food: [
    "Keripiknya renyah dan tidak terlalu berminyak. Terima kasih, semoga usahanya lancar!",
    "Oleh-oleh untuk keluarga di Jakarta, semua suka. Terima kasih sudah membuatnya.",
    "Anak-anak minta dibelikan lagi. Rasanya pas, kemasannya juga rapi.",
    "Semoga keterampilan ini jadi bekal yang baik setelah bebas nanti. Rasanya enak!",
  ],
  craft: [
    "Anyamannya rapi sekali, saya pakai ke pasar tiap minggu. Semangat terus!",
    "Saya beli untuk hadiah kantor dan teman-teman bertanya belinya di mana. Sukses selalu!",
    "Barangnya sampai dengan baik dan sesuai foto. Terima kasih untuk kelompoknya.",
  ],
}
// Food is what the catalog gives a food label, as the seeder decides shelf life.
const isFood = (sku: string) => !!PRODUCTS.find((p) => p.variants.some((v) => v.sku === sku))?.food_label
const thanksFor = (sku: string, n: number) => {
  const list = THANKS[isFood(sku) ? "food" : "craft"]
  return list[n % list.length]
}
// A note a coordinator rightly turns down: a delivery complaint is for the shop, not for the makers' page.
const COMPLAINT = "Pengirimannya lama sekali, kurirnya dua kali tidak datang."

const CITIES = ["Palembang", "Palembang", "Palembang", "Banyuasin", "Prabumulih", "Jakarta Selatan", "Lubuklinggau"]

const COHORT_SKILL: Record<string, TrainingPlan["skill_line"]> = {
  "lapas-perempuan-palembang-pisang": "olahan_pisang",
  "bapas-palembang-tempe": "olahan_tempe",
  "bapas-palembang-sale-pisang": "olahan_pisang",
  "rutan-palembang-tali-meiwa": "tali_meiwa",
  "lapas-palembang-eceng-gondok": "eceng_gondok",
  "lapas-narkotika-banyuasin-eceng-gondok": "eceng_gondok",
}

const TRAINING_TITLES: Record<TrainingPlan["skill_line"], string[]> = {
  olahan_pisang: ["Pengirisan dan penggorengan keripik pisang", "Pengemasan kedap udara", "Varian rasa balado dan cokelat"],
  olahan_tempe: ["Fermentasi tempe yang higienis", "Keripik tempe renyah tahan lama", "Sambal tempe kering untuk oleh-oleh"],
  tali_meiwa: ["Anyaman dasar tali meiwa", "Motif songket pada tas anyaman", "Finishing dan kontrol mutu anyaman"],
  eceng_gondok: ["Pengeringan dan pewarnaan eceng gondok", "Anyaman kotak dan keranjang", "Desain produk untuk pasar kota"],
  food_safety: ["Keamanan pangan dan izin PIRT"],
  business: ["Pencatatan usaha dan harga pokok"],
}

/** Cohort handle → its place of training (the facility's workshop) and its participant count (production.ts). */
export type HistoryCohort = { handle: string; facility_name: string; participants: number }

/**
 * The whole six months: online orders growing month by month (most paid by
 * bank transfer; every other month one refunded, or one left unpaid and
 * canceled), each outlet's wholesale order in most months, their consignment
 * sell-through in turns, one or two trainings per cohort a month, a study
 * visit to a culinary centre each quarter, and the sponsor's inputs.
 */
export function historyPlan(now: Date, cohorts: HistoryCohort[], seed = 17): MonthPlan[] {
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  let buyer = 0
  let thanked = 0
  const notUntil = (ms: number) => new Date(Math.min(ms, now.getTime()))
  return historyMonths(now).map((month, index) => {
    const online: OnlineOrderPlan[] = []
    const count = 3 + Math.floor(index / 2) + int(0, 1)
    for (let i = 0; i < count; i++) {
      const day = 2 + Math.floor(((i + rnd()) * 24) / count)
      const placed_at = at(month, day, int(8, 20), int(0, 59))
      const fate: PaymentFate = i === 1 && index % 2 === 0 ? "unpaid_canceled" : i === 2 && index % 2 === 1 ? "refunded" : "captured"
      const skus = new Set<string>()
      const lineCount = int(1, 3)
      while (skus.size < lineCount) skus.add(pick(ONLINE_SKUS))
      const first_name = pick(FIRST_NAMES)
      buyer++
      const paid_at = new Date(placed_at.getTime() + int(2, 20) * 3600_000)
      // Every third buyer who paid thanks the makers two days later; the last month's still wait for the coordinator.
      let note: NotePlan | undefined
      const firstSku = [...skus][0]
      if (fate === "captured" && buyer % 3 === 0) {
        thanked++
        const written_at = notUntil(paid_at.getTime() + 2 * DAY_MS)
        const decided_at = notUntil(written_at.getTime() + DAY_MS)
        note =
          thanked === 3
            ? { message: COMPLAINT, share_name: false, decision: "rejected", written_at, decided_at }
            : { message: thanksFor(firstSku, thanked), share_name: thanked % 4 !== 0, decision: index === HISTORY_MONTHS - 1 ? "pending" : "approved", written_at, decided_at }
      }
      online.push({
        placed_at,
        paid_at,
        refunded_at: new Date(placed_at.getTime() + int(3, 5) * 24 * 3600_000),
        fate,
        email: `pembeli${buyer}.riwayat@karyabinaan.test`,
        first_name,
        city: pick(CITIES),
        lines: [...skus].map((sku) => ({ sku, quantity: int(1, 6) })),
        ...(note ? { note } : {}),
      })
    }
    // Plaju orders every month; Sungai Gerong (higher minimum, longer terms) every other month. Cartons
    // enough for each outlet's minimum order value (outlets.ts).
    const outlet: OutletOrderPlan[] = Object.keys(CONSIGNED_SKUS)
      .filter((handle, o) => o === 0 || index % 2 === 0)
      .map((handle, o) => {
        const placed_at = at(month, 6 + o * 5, 9, 30)
        return {
          outlet: handle,
          placed_at,
          paid_at: at(month, 20 + o * 2, 14),
          po_number: `PO-${handle === "sentra-kuliner-plaju" ? "PLJ" : "SGR"}-${month.replace("-", "")}`,
          lines: [OUTLET_LINES[index % OUTLET_LINES.length], OUTLET_LINES[(index + 1 + o) % OUTLET_LINES.length]].map((l) => ({ ...l, cartons: (o === 0 ? 2 : 3) + (rnd() < 0.4 ? 1 : 0) })),
        }
      })
    const [y, m] = parseMonth(month)!
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
    // Each outlet reports its consignment sell-through every other month, the two taking turns.
    const consignment: ConsignmentPlan[] = Object.entries(CONSIGNED_SKUS).filter((_, o) => o === index % 2).map(([handle, skus]) => ({
      outlet: handle,
      placed_at: at(month, 3, 10),
      reported_at: at(month, lastDay, 16),
      period_start: `${month}-01`,
      period_end: `${month}-${pad(lastDay)}`,
      lines: skus.map((sku) => ({ sku, quantity: int(2, 4) })),
    }))
    const trainings: TrainingPlan[] = cohorts.flatMap((cohort, c) => {
      const skill = COHORT_SKILL[cohort.handle] ?? "business"
      const sessions = 1 + ((index + c) % 2)
      const all = Array.from({ length: cohort.participants }, (_, p) => p)
      const list: TrainingPlan[] = Array.from({ length: sessions }, (_, s) => {
        const line = s === 1 && index % 3 === 2 ? (c % 2 ? "business" : "food_safety") : skill
        return {
          cohort: cohort.handle,
          kind: "training",
          skill_line: line,
          title: pick(TRAINING_TITLES[line]),
          held_on: `${month}-${pad(4 + s * 12 + (c % 3))}`,
          place: cohort.facility_name,
          trainer_org: line === "food_safety" ? "Dinas Kesehatan Kota Palembang" : line === "business" ? "Tim TJSL Kilang Pertamina Plaju" : "Balai Latihan Kerja Palembang",
          hours: pick([3, 4, 4, 6]),
          // Most attend; one or two miss a session.
          attendees: all.filter(() => rnd() > 0.15),
        }
      })
      if (index % 3 === 1) {
        list.push({
          cohort: cohort.handle,
          kind: "study_visit",
          skill_line: skill,
          title: "Kunjungan belajar ke Sentra Kuliner Binaan Pertamina",
          held_on: `${month}-${pad(22 + (c % 4))}`,
          place: c % 2 ? "Sentra Kuliner Binaan Pertamina Sungai Gerong" : "Sentra Kuliner Binaan Pertamina Plaju",
          trainer_org: "Tim TJSL Kilang Pertamina Plaju",
          hours: 5,
          attendees: all.filter(() => rnd() > 0.3),
        })
      }
      return list.map((t) => ({ ...t, attendees: t.attendees.length ? t.attendees : [0] }))
    })
    const inputs: InputPlan[] = [
      { month, kind: "training_cost", amount: 500_000 * int(8, 14), note: "Honor pelatih, bahan praktik dan konsumsi pelatihan" },
      { month, kind: "material_capital", amount: 250_000 * int(8, 16), note: "Modal bahan baku bergulir untuk kelompok binaan" },
    ]
    if (index % 2 === 0) inputs.push({ month, kind: "equipment", amount: 1_000_000 * int(8, 20), note: "Peralatan produksi (penggorengan, sealer, alat anyam)" })
    const next = new Date(Date.UTC(y, m, 1))
    const nextMonth = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}`
    return {
      month,
      online,
      outlet,
      consignment,
      trainings,
      inputs,
      payout_at: at(nextMonth, 1, 9),
      paid_on: `${nextMonth}-02`,
    }
  })
}
