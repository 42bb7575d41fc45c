import { describe, expect, it } from "vitest"
import { checkImageFiles, IMAGE_MAX_BYTES } from "./images"

const file = (name: string, type: string, size = 1000) => new File([new Uint8Array(size)], name, { type })

describe("checkImageFiles", () => {
  it("keeps chosen images and drops the empty file a browser sends when none is chosen", () => {
    const photo = file("a.jpg", "image/jpeg")
    expect(checkImageFiles([photo, new File([], "", { type: "application/octet-stream" })], 0)).toEqual({ files: [photo] })
  })
  it("refuses other types, oversized files and too many photos", () => {
    expect(checkImageFiles([file("a.pdf", "application/pdf")], 0).error).toBe("imageType")
    expect(checkImageFiles([file("a.svg", "image/svg+xml")], 0).error).toBe("imageType")
    expect(checkImageFiles([file("big.png", "image/png", IMAGE_MAX_BYTES + 1)], 0).error).toBe("imageSize")
    expect(checkImageFiles([file("a.webp", "image/webp")], 8).error).toBe("imageCount")
  })
})
