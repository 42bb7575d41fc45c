import { describe, expect, it } from "vitest"
import { buildDocuments, type IndexedProduct } from "./build-documents"

const product: IndexedProduct = {
  id: "prod_1",
  handle: "keripik-pisang",
  title: "Keripik Pisang Manis",
  subtitle: "Renyah",
  description: "Pisang kepok diiris tipis.",
  status: "published",
  sales_channels: [{ id: "sc_1" }, null],
  categories: [{ id: "pcat_1", name: "Olahan Pisang" }],
  cohort: { id: "cohort_1", name: "Lapas Perempuan", facility_name: "Lapas Perempuan Palembang", tagline: "Dari dapur lapas" },
}

describe("buildDocuments", () => {
  it("writes the Indonesian document from the product, its categories and its cohort", () => {
    const [id] = buildDocuments(product, new Map())
    expect(id).toMatchObject({
      product_id: "prod_1",
      locale: "id",
      title: "Keripik Pisang Manis",
      keywords: "Renyah Olahan Pisang Lapas Perempuan Lapas Perempuan Palembang",
      description: "Pisang kepok diiris tipis. Dari dapur lapas",
      published: true,
      sales_channel_ids: ["sc_1"],
    })
  })

  it("adds an English document where anything is translated, falling back to Indonesian per field", () => {
    const en = new Map([
      ["prod_1", { title: "Sweet Banana Chips" }],
      ["pcat_1", { name: "Banana Snacks" }],
    ])
    const docs = buildDocuments({ ...product, status: "draft" }, new Map([["en-US", en]]))
    expect(docs.map((d) => d.locale)).toEqual(["id", "en-US"])
    expect(docs[1]).toMatchObject({
      title: "Sweet Banana Chips",
      keywords: "Renyah Banana Snacks Lapas Perempuan Lapas Perempuan Palembang",
      description: "Pisang kepok diiris tipis. Dari dapur lapas",
      published: false,
    })
  })

  it("adds no English document for a product nothing of which is translated", () => {
    expect(buildDocuments(product, new Map([["en-US", new Map([["prod_other", { title: "Other" }]])]]))).toHaveLength(1)
  })
})
