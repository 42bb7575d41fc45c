import { describe, expect, it } from "vitest"
import { imageRefusal, sniffImageType, storedImageName } from "./image-upload"

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])
const WEBP = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50])
const TEXT = new TextEncoder().encode("<svg onload=alert(1)>")

describe("image uploads", () => {
  it("recognises JPEG, PNG and WebP by their first bytes and nothing else", () => {
    expect(sniffImageType(PNG)).toBe("image/png")
    expect(sniffImageType(JPEG)).toBe("image/jpeg")
    expect(sniffImageType(WEBP)).toBe("image/webp")
    expect(sniffImageType(TEXT)).toBeNull()
  })

  it("refuses a declared type the bytes don't prove, and types outside the list", () => {
    expect(imageRefusal({ originalname: "a.png", mimetype: "image/png", buffer: PNG })).toBeNull()
    expect(imageRefusal({ originalname: "a.png", mimetype: "image/png", buffer: TEXT })).toMatch(/bukan gambar PNG/)
    expect(imageRefusal({ originalname: "a.jpg", mimetype: "image/jpeg", buffer: PNG })).toMatch(/bukan gambar JPEG/)
    expect(imageRefusal({ originalname: "a.svg", mimetype: "image/svg+xml", buffer: TEXT })).toMatch(/JPEG, PNG atau WebP/)
  })

  it("stores an image under the extension its bytes prove, whatever the name said", () => {
    expect(storedImageName("x.html", "image/jpeg")).toBe("x.jpg")
    expect(storedImageName("foto produk.PNG", "image/png")).toBe("foto-produk.png")
    expect(storedImageName("a.svg.html", "image/webp")).toBe("a-svg.webp")
    expect(storedImageName("../../etc/passwd", "image/jpeg")).toBe("passwd.jpg")
    expect(storedImageName(".html", "image/png")).toBe("gambar.png")
  })
})
