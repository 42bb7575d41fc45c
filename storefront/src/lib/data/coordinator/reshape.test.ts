import type * as Api from "@karya-binaan/contract"
import { describe, expect, it } from "vitest"
import { reshapeBatch, reshapeCohortOrder, reshapeCoordinatorProduct, reshapeParticipant, reshapeRecallOrder } from "./reshape"

// Whole contract shapes with neutral defaults; each test names only what it is about.
const product = (p: Partial<Api.CoordinatorProduct>): Api.CoordinatorProduct => ({
  id: "p",
  cohort_id: "coh_1",
  title: "Tas",
  subtitle: null,
  description: null,
  handle: "tas",
  thumbnail: null,
  images: [],
  categories: [],
  options: [],
  variants: [],
  food_label: null,
  en: {},
  description_en: null,
  listing: { state: "draft" },
  created_at: "2026-11-20T00:00:00Z",
  updated_at: "2026-11-20T00:00:00Z",
  ...p,
})
const variant = (v: Partial<Api.CoordinatorProductVariant>): Api.CoordinatorProductVariant => ({
  id: "v",
  title: "",
  sku: null,
  weight: null,
  variant_rank: 0,
  price: null,
  prices: [],
  options: [],
  archived: false,
  ...v,
})
const batch = (b: Partial<Api.CoordinatorBatch>): Api.CoordinatorBatch => ({
  id: "pbat",
  batch_code: "B",
  cohort_id: "coh_1",
  variant_id: "v",
  product_id: null,
  product_title: null,
  variant_title: null,
  sku: null,
  quantity: 0,
  remaining_quantity: 0,
  expired_quantity: 0,
  production_date: "2026-11-20",
  expiry_date: null,
  expired_at: null,
  is_expired: false,
  expiring_soon: false,
  created_at: "2026-11-20T00:00:00Z",
  contributions: [],
  ...b,
})
const contribution = (c: Partial<Api.CoordinatorBatchContribution>): Api.CoordinatorBatchContribution => ({
  id: "bcon",
  participant_id: "par",
  participant_code: "P",
  participant_name: null,
  units: null,
  hours: null,
  ...c,
})
const noAddress: Api.RecallAddress = { address_1: null, address_2: null, city: null, province: null, postal_code: null, country_code: null }
const recall = (r: Partial<Api.RecallOrder>): Api.RecallOrder => ({
  order_id: "o",
  display_id: 1,
  status: "pending",
  placed_at: "2026-11-21T00:00:00Z",
  quantity: 0,
  lines: [],
  contact: { name: null, phone: null, email: null, address: noAddress },
  ...r,
})
const order = (o: Partial<Api.CohortOrder>): Api.CohortOrder => ({
  id: "o",
  display_id: 1,
  status: "pending",
  awaiting_payment: false,
  created_at: "2026-11-21T00:00:00Z",
  currency_code: "idr",
  shipping_address: null,
  shipping_method: null,
  items: [],
  fulfillments: [],
  ...o,
})
const line = (l: Partial<Api.CohortOrderLine>): Api.CohortOrderLine => ({
  id: "li",
  title: "",
  product_id: "prod",
  product_title: null,
  variant_id: "v",
  variant_sku: null,
  variant_title: null,
  quantity: 0,
  unit_price: 0,
  fulfilled_quantity: 0,
  shipped_quantity: 0,
  batches: [],
  ...l,
})
const fulfillment = (f: Partial<Api.CohortOrderFulfillment>): Api.CohortOrderFulfillment => ({
  id: "ful",
  location_id: "sloc",
  packed_at: null,
  shipped_at: null,
  canceled_at: null,
  carrier: null,
  tracking_number: null,
  items: [],
  ...f,
})

describe("reshapeCoordinatorProduct", () => {
  it("reads the listing, the option values, the IDR price and the food label", () => {
    const reshaped = reshapeCoordinatorProduct(
      product({
        id: "prod_1",
        title: "Keripik",
        description: "Renyah",
        description_en: "Crisp",
        images: [{ url: "b.jpg", rank: 1, thumbnail_url: null }, { url: "a.jpg", rank: 0, thumbnail_url: "a-card.jpg" }],
        categories: [{ id: "pcat_1", name: "Pangan" }],
        options: [{ id: "opt_1", title: "Berat bersih", values: ["250 g", "500 g"] }],
        variants: [
          variant({ id: "v2", title: "500 g", variant_rank: 1, archived: true, options: [{ title: null, value: "500 g" }], prices: [{ amount: 45000, currency_code: "idr" }] }),
          variant({ id: "v1", title: "250 g", variant_rank: 0, sku: "K-250", weight: 270, options: [{ title: null, value: "250 g" }], prices: [{ amount: 5, currency_code: "usd" }, { amount: 25000, currency_code: "IDR" }] }),
        ],
        food_label: { pirt_number: null, halal_status: "certified", halal_certificate_number: "ID123", shelf_life_days: 90, ingredients: "Pisang", allergens: null, storage: null },
        en: { food_label: { ingredients: "Banana" } },
        listing: { state: "rejected", reason: "Foto buram" },
      })
    )
    expect(reshaped).toMatchObject({
      descriptionEn: "Crisp",
      categoryId: "pcat_1",
      thumbnail: "a.jpg",
      images: [{ url: "a.jpg", thumbnail: "a-card.jpg" }, { url: "b.jpg", thumbnail: "b.jpg" }],
      listing: { state: "rejected", reason: "Foto buram" },
      optionTitle: "Berat bersih",
      foodLabel: { halalStatus: "certified", pirtNumber: null, shelfLifeDays: 90, ingredientsEn: "Banana", allergensEn: "" },
    })
    expect(reshaped.variants).toEqual([
      { id: "v1", value: "250 g", optionValues: ["250 g"], valueEn: "", sku: "K-250", weight: 270, price: 25000, archived: false },
      { id: "v2", value: "500 g", optionValues: ["500 g"], valueEn: "", sku: null, weight: null, price: 45000, archived: true },
    ])
  })

  it("reads the backend's portal shape: option values by title, flat price, category and English text", () => {
    const reshaped = reshapeCoordinatorProduct(
      product({
        id: "prod_2",
        title: "Tas",
        categories: [{ id: "pcat_2", name: "Kriya" }],
        en: { description: "A bag" },
        options: [{ id: "opt_2", title: "Ukuran", values: ["Besar"] }],
        variants: [variant({ id: "v", title: "Besar", price: 90000, options: [{ title: "Ukuran", value: "Besar" }] })],
        listing: { state: "submitted" },
      })
    )
    expect(reshaped).toMatchObject({ categoryId: "pcat_2", descriptionEn: "A bag", listing: { state: "submitted", reason: null } })
    expect(reshaped.variants[0]).toMatchObject({ value: "Besar", price: 90000 })
  })

  it("previews each photo by its card, else by the photo itself, and keeps the product's thumbnail", () => {
    const images: Api.CoordinatorProduct["images"] = [
      { url: "http://x/uploads/b.jpg", rank: 1, thumbnail_url: "" },
      { url: "http://x/uploads/a.jpg", rank: 0, thumbnail_url: "http://x/uploads/a-card.jpg" },
      { url: "http://x/uploads/c.jpg", rank: 2, thumbnail_url: null },
    ]
    const reshaped = reshapeCoordinatorProduct(product({ images }))
    expect(reshaped.images).toEqual([
      { url: "http://x/uploads/a.jpg", thumbnail: "http://x/uploads/a-card.jpg" },
      { url: "http://x/uploads/b.jpg", thumbnail: "http://x/uploads/b.jpg" },
      { url: "http://x/uploads/c.jpg", thumbnail: "http://x/uploads/c.jpg" },
    ])
    // The product's thumbnail is as before: its own, else the first photo (not its card).
    expect(reshaped.thumbnail).toBe("http://x/uploads/a.jpg")
    expect(reshapeCoordinatorProduct(product({ images, thumbnail: "http://x/uploads/t.jpg" })).thumbnail).toBe("http://x/uploads/t.jpg")
  })

  it("is a draft without a reason, and a handicraft without a label", () => {
    const reshaped = reshapeCoordinatorProduct(product({ id: "p", title: "Tas" }))
    expect(reshaped.listing).toEqual({ state: "draft", reason: null })
    expect(reshaped.foodLabel).toBeNull()
  })
})

describe("reshapeCohortOrder", () => {
  it("reads packed and shipped quantities, leaves cancelled fulfilments out and reads the tracking number", () => {
    const reshaped = reshapeCohortOrder(
      order({
        id: "order_1",
        display_id: 7,
        created_at: "2026-11-20T03:00:00Z",
        shipping_address: { first_name: "Sari", last_name: "Dewi", city: "Palembang" },
        items: [line({ id: "li_1", product_title: "Keripik", variant_title: "250 g", quantity: 3, fulfilled_quantity: 2, shipped_quantity: 1 })],
        fulfillments: [
          fulfillment({ id: "ful_1", items: [{ line_item_id: "li_1", quantity: 1 }], shipped_at: "2026-11-21T00:00:00Z", tracking_number: "JNE1", carrier: "JNE" }),
          fulfillment({ id: "ful_2", items: [{ line_item_id: "li_1", quantity: 1 }] }),
          fulfillment({ id: "ful_3", items: [{ line_item_id: "li_1", quantity: 1 }], canceled_at: "2026-11-21T00:00:00Z" }),
        ],
      })
    )
    expect(reshaped.customerName).toBe("Sari Dewi")
    expect(reshaped.lines[0]).toMatchObject({ quantity: 3, packed: 2, shipped: 1 })
    expect(reshaped.fulfillments.map((f) => f.id)).toEqual(["ful_1", "ful_2"])
    expect(reshaped.fulfillments[0]).toMatchObject({ carrier: "JNE", trackingNumber: "JNE1" })
  })
})

describe("batches, participants, recall", () => {
  it("reads remaining stock, dates and contributions", () => {
    const reshaped = reshapeBatch(
      batch({
        id: "pbat_1",
        batch_code: "KPA-1",
        variant_id: "v1",
        quantity: 40,
        remaining_quantity: 12,
        production_date: "2026-11-20T00:00:00.000Z",
        expiry_date: "2027-02-18T00:00:00.000Z",
        product_title: "Keripik",
        variant_title: "250 g",
        contributions: [contribution({ participant_id: "par_1", participant_code: "P-7K2Q", units: 40 })],
      })
    )
    expect(reshaped).toMatchObject({ remaining: 12, productionDate: "2026-11-20", expiryDate: "2027-02-18", productTitle: "Keripik", variantTitle: "250 g" })
    expect(reshaped.contributions).toEqual([{ participantId: "par_1", code: "P-7K2Q", displayName: null, units: 40, hours: null }])
  })

  it("reads the backend's flat shapes: contributions, recall contacts, order lines and fulfilments", () => {
    const reshaped = reshapeBatch(
      batch({
        id: "pbat_2",
        batch_code: "B",
        variant_id: "v",
        quantity: 5,
        remaining_quantity: 5,
        production_date: "2026-11-20",
        contributions: [contribution({ participant_id: "par_2", participant_code: "P-9", participant_name: "Sari", hours: 2.5 })],
      })
    )
    expect(reshaped.contributions[0]).toEqual({ participantId: "par_2", code: "P-9", displayName: "Sari", units: null, hours: 2.5 })
    const recipient = reshapeRecallOrder(
      recall({
        order_id: "order_9",
        display_id: 9,
        placed_at: "2026-11-21T00:00:00Z",
        quantity: 1,
        contact: { name: "Budi", phone: "0812", email: "b@contoh.id", address: { ...noAddress, address_1: "Jl. A", city: "Palembang" } },
      })
    )
    expect(recipient).toEqual({ orderId: "order_9", displayId: 9, placedAt: "2026-11-21T00:00:00Z", quantity: 1, email: "b@contoh.id", name: "Budi", phone: "0812", address: "Jl. A, Palembang" })
    const packed = reshapeCohortOrder(
      order({
        id: "order_9",
        created_at: "2026-11-21T00:00:00Z",
        shipping_method: "Reguler",
        items: [line({ id: "li", title: "K", quantity: 2, fulfilled_quantity: 2, shipped_quantity: 0, batches: [{ batch_id: "b", batch_code: "KPA-1", quantity: 2 }] })],
        fulfillments: [fulfillment({ id: "ful", carrier: "JNE", tracking_number: "X1", items: [{ line_item_id: "li", quantity: 2 }] })],
      })
    )
    expect(packed.shippingMethod).toBe("Reguler")
    // A quantity the JSON carried as null (a BigNumber that became NaN) is read as NaN.
    const withoutQuantity = reshapeCohortOrder(
      order({
        id: "o",
        created_at: "2026-11-21T00:00:00Z",
        items: [line({ id: "li", quantity: Number.NaN, batches: [{ batch_id: "b1", batch_code: "A", quantity: 2 }, { batch_id: "b2", batch_code: "B", quantity: 1 }] })],
      })
    )
    expect(withoutQuantity.lines[0]?.quantity).toBe(3)
    expect(packed.lines[0]).toMatchObject({ packed: 2, shipped: 0, batches: [{ code: "KPA-1", quantity: 2 }] })
    expect(packed.fulfillments[0]).toMatchObject({ carrier: "JNE", trackingNumber: "X1", shippedAt: null })
  })

  it("treats an empty display name as none and a recall address as one line", () => {
    expect(
      reshapeParticipant({ id: "par_1", code: "P-1", display_name: "", active: true, cohort_id: "coh_1", created_at: "2026-11-20T00:00:00Z" })
    ).toEqual({ id: "par_1", code: "P-1", displayName: null, active: true, profile: { status: "wbp", area: null, joinedOn: null, leftOn: null } })
    expect(
      reshapeParticipant({ id: "par_2", code: "P-2", display_name: null, active: false, cohort_id: "coh_1", created_at: "2026-11-20T00:00:00Z", status: "released", area: "plaju", joined_on: "2026-06-01", left_on: "2026-11-02" }).profile
    ).toEqual({ status: "released", area: "plaju", joinedOn: "2026-06-01", leftOn: "2026-11-02" })
    expect(
      reshapeRecallOrder(
        recall({ order_id: "o", display_id: 3, quantity: 2, contact: { name: "Ani", phone: null, email: null, address: { ...noAddress, address_1: "Jl. Merdeka 1", city: "Palembang", postal_code: "30111" } } })
      )
    ).toMatchObject({ name: "Ani", address: "Jl. Merdeka 1, Palembang, 30111", quantity: 2 })
  })
})
