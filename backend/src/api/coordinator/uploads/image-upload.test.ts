import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { CARD_IMAGE_SIDE, cardImage, imageRefusal, MAX_IMAGE_SIDE, sniffImageType, storableImage, storedImageName } from "./image-upload"

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

  describe("what is stored", () => {
    const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })

    it("scales a camera-sized photo to fit MAX_IMAGE_SIDE, upright by its EXIF orientation, without the camera's metadata", async () => {
      // 4000 × 3000 stored sideways with orientation 6 (rotate 90°), as phones do, with a GPS position.
      const taken = await photo(4000, 3000).jpeg().withMetadata({ orientation: 6 }).withExif({ IFD0: { Make: "Ponsel" }, IFD3: { GPSLatitudeRef: "S" } }).toBuffer()
      expect((await sharp(taken).metadata()).exif).toBeDefined()
      const stored = (await storableImage(taken, "image/jpeg"))!
      const meta = await sharp(stored).metadata()
      expect(meta.format).toBe("jpeg")
      // Turned upright: the long side is now the height.
      expect([meta.width, meta.height]).toEqual([900, MAX_IMAGE_SIDE])
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation).toBeUndefined()
      expect(stored.length).toBeLessThan(taken.length)
      expect(sniffImageType(stored)).toBe("image/jpeg")
    })

    it("keeps PNG and WebP in their own format", async () => {
      const png = (await storableImage(await photo(2400, 1200).png().toBuffer(), "image/png"))!
      expect(await sharp(png).metadata()).toMatchObject({ format: "png", width: MAX_IMAGE_SIDE, height: 600 })
      const webp = (await storableImage(await photo(1300, 1300).webp().toBuffer(), "image/webp"))!
      expect(await sharp(webp).metadata()).toMatchObject({ format: "webp", width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE })
    })

    it("makes a card-sized thumbnail of a photo larger than a card, in its own format; a small one is its own thumbnail", async () => {
      const web = (await storableImage(await photo(1200, 900).jpeg().toBuffer(), "image/jpeg"))!
      const card = (await cardImage(web, "image/jpeg"))!
      expect(await sharp(card).metadata()).toMatchObject({ format: "jpeg", width: CARD_IMAGE_SIDE, height: 360 })
      expect(card.length).toBeLessThan(web.length)
      const tall = (await cardImage(await photo(600, 1200).png().toBuffer(), "image/png"))!
      expect(await sharp(tall).metadata()).toMatchObject({ format: "png", width: 240, height: CARD_IMAGE_SIDE })
      expect(await cardImage(await photo(CARD_IMAGE_SIDE, 300).webp().toBuffer(), "image/webp")).toBeNull()
    })

    it("stores a small clean image byte for byte", async () => {
      const small = await photo(800, 600).png().toBuffer()
      expect((await storableImage(small, "image/png"))!.equals(small)).toBe(true)
    })

    it("refuses a header in front of something else, a truncated photo, and a type the bytes don't decode as", async () => {
      const jpegThenHtml = Buffer.concat([Buffer.from(JPEG), Buffer.from("<html><script>alert(1)</script></html>")])
      expect(await storableImage(jpegThenHtml, "image/jpeg")).toBeNull()
      const whole = await photo(600, 400).jpeg().toBuffer()
      expect(await storableImage(whole.subarray(0, Math.floor(whole.length / 2)), "image/jpeg")).toBeNull()
      expect(await storableImage(await photo(10, 10).png().toBuffer(), "image/jpeg")).toBeNull()
    })
  })
})
