import { describe, expect, it } from "vitest"
import { productImages, thumbnailFor } from "./product-input"

describe("product photos and their card renditions", () => {
  it("stores each photo's card in its metadata, and none for a photo that is its own card", () => {
    expect(productImages([{ url: "a.jpg", thumbnail_url: "a-card.jpg" }, { url: "b.png", thumbnail_url: "b.png" }, { url: "c.webp" }])).toEqual([
      { url: "a.jpg", metadata: { thumbnail_url: "a-card.jpg" } },
      { url: "b.png" },
      { url: "c.webp" },
    ])
  })

  it("keeps the card a stored photo had when an edit sends its URL alone", () => {
    const stored = [{ url: "a.jpg", rank: 0, metadata: { thumbnail_url: "a-card.jpg" } }, { url: "b.jpg", rank: 1, metadata: null }, null]
    expect(productImages([{ url: "b.jpg" }, { url: "a.jpg" }, { url: "n.jpg", thumbnail_url: "n-card.jpg" }], stored)).toEqual([
      { url: "b.jpg" },
      { url: "a.jpg", metadata: { thumbnail_url: "a-card.jpg" } },
      { url: "n.jpg", metadata: { thumbnail_url: "n-card.jpg" } },
    ])
  })

  it("makes the card sent, else the first photo's card, else the first photo the product's thumbnail", () => {
    const images = productImages([{ url: "a.jpg", thumbnail_url: "a-card.jpg" }, { url: "b.jpg" }])
    expect(thumbnailFor(images, "x-card.jpg")).toBe("x-card.jpg")
    expect(thumbnailFor(images, undefined)).toBe("a-card.jpg")
    expect(thumbnailFor(productImages([{ url: "b.jpg" }]), undefined)).toBe("b.jpg")
    expect(thumbnailFor([], "x-card.jpg")).toBeNull()
  })
})
