import { describe, expect, it } from "vitest"
import { reshapeBatch, reshapeCohortOrder, reshapeCoordinatorProduct, reshapeParticipant, reshapeRecallOrder } from "./reshape"

describe("reshapeCoordinatorProduct", () => {
  it("reads the listing, the option values, the IDR price and the food label", () => {
    const product = reshapeCoordinatorProduct({
      id: "prod_1",
      title: "Keripik",
      description: "Renyah",
      metadata: { description_en: "Crisp" },
      images: [{ url: "b.jpg", rank: 1 }, { url: "a.jpg", rank: 0 }],
      categories: [{ id: "pcat_1" }],
      options: [{ title: "Berat bersih" }],
      variants: [
        { id: "v2", title: "500 g", variant_rank: 1, archived: true, options: [{ value: "500 g" }], prices: [{ amount: 45000, currency_code: "idr" }] },
        { id: "v1", title: "250 g", variant_rank: 0, sku: "K-250", weight: 270, options: [{ value: "250 g" }], prices: [{ amount: 5, currency_code: "usd" }, { amount: 25000, currency_code: "IDR" }] },
      ],
      food_label: { halal_status: "certified", halal_certificate_number: "ID123", shelf_life_days: 90, ingredients: "Pisang" },
      en: { food_label: { ingredients: "Banana" } },
      listing: { state: "rejected", reason: "Foto buram" },
    })
    expect(product).toMatchObject({
      descriptionEn: "Crisp",
      categoryId: "pcat_1",
      thumbnail: "a.jpg",
      images: ["a.jpg", "b.jpg"],
      listing: { state: "rejected", reason: "Foto buram" },
      optionTitle: "Berat bersih",
      foodLabel: { halalStatus: "certified", pirtNumber: null, shelfLifeDays: 90, ingredientsEn: "Banana", allergensEn: "" },
    })
    expect(product.variants).toEqual([
      { id: "v1", value: "250 g", sku: "K-250", weight: 270, price: 25000, archived: false },
      { id: "v2", value: "500 g", sku: null, weight: null, price: 45000, archived: true },
    ])
  })

  it("reads the backend's portal shape: option record, flat price, category and English text", () => {
    const product = reshapeCoordinatorProduct({
      id: "prod_2",
      title: "Tas",
      category: { id: "pcat_2" },
      en: { description: "A bag" },
      options: [{ title: "Ukuran" }],
      variants: [{ id: "v", title: "Besar", price: 90000, options: { Ukuran: "Besar" } }],
      listing: { state: "submitted" },
    })
    expect(product).toMatchObject({ categoryId: "pcat_2", descriptionEn: "A bag", listing: { state: "submitted", reason: null } })
    expect(product.variants[0]).toMatchObject({ value: "Besar", price: 90000 })
  })

  it("is a draft without a listing and a handicraft without a label", () => {
    const product = reshapeCoordinatorProduct({ id: "p", title: "Tas" })
    expect(product.listing).toEqual({ state: "draft", reason: null })
    expect(product.foodLabel).toBeNull()
  })
})

describe("reshapeCohortOrder", () => {
  it("counts packed and shipped quantities from live fulfilments and reads the tracking number", () => {
    const order = reshapeCohortOrder({
      id: "order_1",
      display_id: 7,
      created_at: "2026-11-20T03:00:00Z",
      shipping_address: { first_name: "Sari", last_name: "Dewi", city: "Palembang" },
      items: [{ id: "li_1", product_title: "Keripik", variant_title: "250 g", quantity: 3 }],
      fulfillments: [
        { id: "ful_1", items: [{ line_item_id: "li_1", quantity: 1 }], shipped_at: "2026-11-21T00:00:00Z", labels: [{ tracking_number: "JNE1" }], data: { carrier: "JNE" } },
        { id: "ful_2", items: [{ line_item_id: "li_1", quantity: 1 }] },
        { id: "ful_3", items: [{ line_item_id: "li_1", quantity: 1 }], canceled_at: "2026-11-21T00:00:00Z" },
      ],
    })
    expect(order.customerName).toBe("Sari Dewi")
    expect(order.lines[0]).toMatchObject({ quantity: 3, packed: 2, shipped: 1 })
    expect(order.fulfillments.map((f) => f.id)).toEqual(["ful_1", "ful_2"])
    expect(order.fulfillments[0]).toMatchObject({ carrier: "JNE", trackingNumber: "JNE1" })
  })
})

describe("batches, participants, recall", () => {
  it("reads remaining stock, dates and contributions", () => {
    const batch = reshapeBatch({
      id: "pbat_1",
      batch_code: "KPA-1",
      variant_id: "v1",
      quantity: 40,
      remaining_quantity: 12,
      production_date: "2026-11-20T00:00:00.000Z",
      expiry_date: "2027-02-18T00:00:00.000Z",
      variant: { title: "250 g", product: { title: "Keripik" } },
      contributions: [{ participant_id: "par_1", participant: { code: "P-7K2Q" }, units: 40 }],
    })
    expect(batch).toMatchObject({ remaining: 12, productionDate: "2026-11-20", expiryDate: "2027-02-18", productTitle: "Keripik", variantTitle: "250 g" })
    expect(batch.contributions).toEqual([{ participantId: "par_1", code: "P-7K2Q", displayName: null, units: 40, hours: null }])
  })

  it("reads the backend's flat shapes: contributions, recall contacts, order lines and fulfilments", () => {
    const batch = reshapeBatch({
      id: "pbat_2",
      batch_code: "B",
      variant_id: "v",
      quantity: 5,
      remaining_quantity: 5,
      production_date: "2026-11-20",
      contributions: [{ participant_id: "par_2", participant_code: "P-9", participant_name: "Sari", hours: 2.5 }],
    })
    expect(batch.contributions[0]).toEqual({ participantId: "par_2", code: "P-9", displayName: "Sari", units: null, hours: 2.5 })
    const recall = reshapeRecallOrder({
      order_id: "order_9",
      display_id: 9,
      placed_at: "2026-11-21T00:00:00Z",
      quantity: 1,
      contact: { name: "Budi", phone: "0812", email: "b@contoh.id", address: { address_1: "Jl. A", city: "Palembang" } },
    })
    expect(recall).toEqual({ orderId: "order_9", displayId: 9, placedAt: "2026-11-21T00:00:00Z", quantity: 1, email: "b@contoh.id", name: "Budi", phone: "0812", address: "Jl. A, Palembang" })
    const order = reshapeCohortOrder({
      id: "order_9",
      created_at: "2026-11-21T00:00:00Z",
      shipping_method: "Reguler",
      items: [{ id: "li", title: "K", quantity: 2, fulfilled_quantity: 2, shipped_quantity: 0, batches: [{ batch_id: "b", batch_code: "KPA-1", quantity: 2 }] }],
      fulfillments: [{ id: "ful", carrier: "JNE", tracking_number: "X1", items: [{ line_item_id: "li", quantity: 2 }] }],
    })
    expect(order.shippingMethod).toBe("Reguler")
    const withoutQuantity = reshapeCohortOrder({
      id: "o",
      created_at: "2026-11-21T00:00:00Z",
      items: [{ id: "li", quantity: null, batches: [{ batch_id: "b1", batch_code: "A", quantity: 2 }, { batch_id: "b2", batch_code: "B", quantity: 1 }] }],
    })
    expect(withoutQuantity.lines[0]?.quantity).toBe(3)
    expect(order.lines[0]).toMatchObject({ packed: 2, shipped: 0, batches: [{ code: "KPA-1", quantity: 2 }] })
    expect(order.fulfillments[0]).toMatchObject({ carrier: "JNE", trackingNumber: "X1", shippedAt: null })
  })

  it("treats an empty display name as none and a recall address as one line", () => {
    expect(reshapeParticipant({ id: "par_1", code: "P-1", display_name: "" })).toEqual({ id: "par_1", code: "P-1", displayName: null, active: true })
    expect(
      reshapeRecallOrder({ id: "o", display_id: 3, quantity: 2, shipping_address: { first_name: "Ani", address_1: "Jl. Merdeka 1", city: "Palembang", postal_code: "30111" } })
    ).toMatchObject({ name: "Ani", address: "Jl. Merdeka 1, Palembang, 30111", quantity: 2 })
  })
})
