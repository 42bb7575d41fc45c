import { readFileSync } from "node:fs"
import path from "node:path"
import { createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import { outletRefusals, stockRefusals } from "./refusals"

const messages = (locale: string) => JSON.parse(readFileSync(path.join(__dirname, "../../../../messages", locale, "outlet.json"), "utf8"))
/** The refusals as a buyer reads them in `locale`, from the portal's own messages. */
const words = (locale: "id" | "en", problems: unknown[]) => {
  const t = createTranslator({ locale, messages: messages(locale), namespace: "OutletRefusal" })
  return outletRefusals(problems).map((r) => t(r.key, r.values))
}

describe("outletRefusals", () => {
  it("words a broken carton and a short order in both languages, money in whole rupiah", () => {
    const problems = [
      { code: "case_pack", product_id: "prod_1", product_title: "Keripik Pisang Original", units: 20, quantity: 25 },
      { code: "below_minimum", minimum: 300_000, short: 187_800 },
    ]
    expect(words("en", problems)).toEqual([
      "Keripik Pisang Original comes in cartons of 20: order whole cartons.",
      "The minimum order is Rp\u00a0300.000: add Rp\u00a0187.800 more.",
    ])
    expect(words("id", problems)).toEqual([
      "Keripik Pisang Original dijual per karton isi 20: pesan dalam karton utuh.",
      "Pesanan minimum Rp\u00a0300.000; kurang Rp\u00a0187.800. Tambah jumlah kartonnya.",
    ])
  })

  it("says how many consigned units are left when a report asks for more", () => {
    const problems = [{ code: "consignment_short", variant_id: "variant_1", sku: "KB-ECG-TTS-NAT", available: 3, reported: 8 }]
    expect(words("en", problems)).toEqual(["Only 3 left of KB-ECG-TTS-NAT at the outlet, not 8: report at most 3."])
    expect(words("id", problems)).toEqual(["Barang titipan KB-ECG-TTS-NAT di outlet tinggal 3, bukan 8: laporkan paling banyak 3."])
  })

  it("has a message for every report refusal without values", () => {
    const codes = ["not_in_catalog", "period_order", "period_not_started", "report_exists", "no_consignment"]
    expect(outletRefusals(codes.map((code) => ({ code })))).toEqual(codes.map((key) => ({ key, values: {} })))
    expect(words("en", [{ code: "report_exists", period_start: "2026-10-01", period_end: "2026-10-01" }])).toEqual([
      "A sales report for this period was already sent: report another period.",
    ])
  })

  it("leaves out what it doesn't know, so the caller can fall back to the backend's message", () => {
    expect(outletRefusals([{ code: "something_new" }, null, "text", { units: 3 }])).toEqual([])
  })
})

describe("stockRefusals", () => {
  it("tells the buyer to order fewer cartons when Medusa's cart path runs out of stock", () => {
    const t = (locale: "id" | "en") => createTranslator({ locale, messages: messages(locale), namespace: "OutletRefusal" })
    const unnamed = stockRefusals({ status: 400, message: "Some variant does not have the required inventory" })
    expect(unnamed.map((r) => t("en")(r.key, r.values))).toEqual(["There is not enough stock of one of the products: order fewer cartons."])
    expect(unnamed.map((r) => t("id")(r.key, r.values))).toEqual(["Stok salah satu produk tidak cukup: kurangi jumlah kartonnya."])
    const left = stockRefusals({ status: 400, message: 'Only 3 of "Hat (M)" left. Lower the quantity to 3 or fewer.' })
    expect(left.map((r) => t("en")(r.key, r.values))).toEqual(["Only 3 units of Hat (M) are in stock: order fewer cartons."])
    expect(stockRefusals({ status: 400, message: '"Hat (L)" is sold out. Remove it from your cart to place your order.' })).toEqual([{ key: "stock", values: { product: "Hat (L)" } }])
  })

  it("has nothing to say about other refusals", () => {
    expect(stockRefusals({ status: 400, message: "Tulis nomor PO (purchase order)" })).toEqual([])
    expect(stockRefusals({ status: 404, message: "Pesanan tidak ditemukan" })).toEqual([])
  })
})
