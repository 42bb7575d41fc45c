import type { CoordinatorProduct } from "@karya-binaan/contract"
import { describe, expect, it } from "vitest"
import { serializeProduct } from "./helpers"

describe("the portal's product shape", () => {
  it("carries each photo's card from its metadata, by rank, and null when the photo has none", () => {
    const product = serializeProduct({
      id: "prod_1",
      title: "Keripik",
      handle: "keripik",
      status: "draft",
      metadata: null,
      thumbnail: "b-card.jpg",
      images: [
        { url: "c.jpg", rank: 2, metadata: { thumbnail_url: "" } },
        { url: "b.jpg", rank: 0, metadata: { thumbnail_url: "b-card.jpg" } },
        null,
        { url: "a.jpg", rank: 1, metadata: null },
        { url: "d.jpg", rank: 3, metadata: { thumbnail_url: 42 } },
      ],
    })
    const images: CoordinatorProduct["images"] = product.images
    expect(images).toEqual([
      { url: "b.jpg", rank: 0, thumbnail_url: "b-card.jpg" },
      { url: "a.jpg", rank: 1, thumbnail_url: null },
      { url: "c.jpg", rank: 2, thumbnail_url: null },
      { url: "d.jpg", rank: 3, thumbnail_url: null },
    ])
    expect(product.thumbnail).toBe("b-card.jpg")
  })
})
