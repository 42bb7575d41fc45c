import { beforeAll, describe, expect, it } from "vitest"
import { writeFileSync } from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { categoryId, productBody, PUBLISHABLE_FOOD_LABEL } from "../helpers/coordinator-products"
import { demoCoordinator } from "../helpers/coordinators"
import { env } from "../helpers/env"

// A real 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

/** The test marketplace's upload folder, as scripts/stack lays it out (backend-env.ts). */
function uploadFolder(): string {
  const dataDir = process.env.KARYA_DATA_DIR || path.join(__dirname, "..", "..", "..", ".data")
  return process.env.MEDUSA_UPLOAD_DIR || path.join(dataDir, "test", "uploads")
}

async function upload(token: string, files: { name: string; type: string; bytes: Uint8Array }[]) {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([Uint8Array.from(f.bytes)], { type: f.type }), f.name)
  const res = await fetch(`${env.backendUrl}/coordinator/uploads`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } })
  return { status: res.status, body: await res.json().catch(() => undefined) }
}

describe("POST /coordinator/uploads", () => {
  let token: string
  beforeAll(async () => {
    token = (await demoCoordinator(3)).token
  })

  it("stores a PNG through the file module and serves it back", async () => {
    const res = await upload(token, [{ name: "foto produk.png", type: "image/png", bytes: PNG }])
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.files).toHaveLength(1)
    const url = new URL(res.body.files[0].url)
    expect(url.pathname).toMatch(/^\/uploads\//)
    const served = await fetch(`${env.backendUrl}${url.pathname}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true)
    // No larger than a card: the photo is its own thumbnail.
    expect(res.body.files[0].thumbnail_url).toBe(res.body.files[0].url)
  })

  it("refuses files that aren't images by their bytes, SVGs, and files over 5 MB", async () => {
    const fake = await upload(token, [{ name: "skrip.png", type: "image/png", bytes: new TextEncoder().encode("<?php echo 1; ?>") }])
    expect(fake.status).toBe(400)
    expect(fake.body.message).toMatch(/bukan gambar PNG/)
    const svg = await upload(token, [{ name: "x.svg", type: "image/svg+xml", bytes: new TextEncoder().encode("<svg/>") }])
    expect(svg.status).toBe(400)
    expect(svg.body.message).toMatch(/JPEG, PNG atau WebP/)
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1)])
    const large = await upload(token, [{ name: "besar.png", type: "image/png", bytes: big }])
    expect(large.status).toBe(400)
    expect(large.body.message).toMatch(/5 MB/)
    const none = await upload(token, [])
    expect(none.status).toBe(400)
  })

  it("stores a JPEG named .html as .jpg and serves it as image/jpeg, inline, never as a page", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c87828" } }).jpeg().toBuffer()
    const res = await upload(token, [{ name: "halaman.html", type: "image/jpeg", bytes: jpeg }])
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const url = new URL(res.body.files[0].url)
    expect(url.pathname).toMatch(/^\/uploads\/[^/]*halaman\.jpg$/)
    const served = await fetch(`${env.backendUrl}${url.pathname}`)
    expect(served.status).toBe(200)
    expect(served.headers.get("content-type")).toBe("image/jpeg")
    expect(served.headers.get("x-content-type-options")).toBe("nosniff")
    expect(served.headers.get("content-disposition")).toBe("inline")
  })

  it("refuses JPEG magic bytes followed by HTML: the whole file must decode as the image its header claims", async () => {
    const jpegThenHtml = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from("<html><script>alert(document.cookie)</script></html>")])
    const res = await upload(token, [
      { name: "foto.png", type: "image/png", bytes: PNG },
      { name: "halaman.html", type: "image/jpeg", bytes: jpegThenHtml },
    ])
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/halaman\.html: berkas rusak atau bukan gambar JPEG yang utuh/)
  })

  it("stores a phone photo at web size, upright, without its camera and GPS metadata", async () => {
    // 4000 × 3000 lying on its side (EXIF orientation 6), with the phone's make and a GPS field.
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#2f6b3a" } })
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: "Ponsel" }, IFD3: { GPSLatitudeRef: "S" } })
      .toBuffer()
    const res = await upload(token, [{ name: "IMG_2026.jpg", type: "image/jpeg", bytes: photo }])
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const served = Buffer.from(await (await fetch(`${env.backendUrl}${new URL(res.body.files[0].url).pathname}`)).arrayBuffer())
    const meta = await sharp(served).metadata()
    expect(meta.format).toBe("jpeg")
    expect([meta.width, meta.height]).toEqual([900, 1200])
    expect(meta.exif).toBeUndefined()
    expect(served.length).toBeLessThan(photo.length)

    // Its card-sized rendition, for catalog cards, the cart and orders: the same photo at 360 × 480, a fraction of the bytes.
    const thumbnailUrl = res.body.files[0].thumbnail_url as string
    expect(thumbnailUrl).not.toBe(res.body.files[0].url)
    const card = Buffer.from(await (await fetch(`${env.backendUrl}${new URL(thumbnailUrl).pathname}`)).arrayBuffer())
    const cardMeta = await sharp(card).metadata()
    expect(cardMeta).toMatchObject({ format: "jpeg", width: 360, height: 480 })
    expect(cardMeta.exif).toBeUndefined()
    expect(card.length).toBeLessThan(served.length / 2)

    // A product made with the photo shows the card as its thumbnail; editing it with the same first photo keeps it.
    const c = await demoCoordinator(3)
    const made = await api("/coordinator/products", {
      token: c.token,
      body: productBody(c.cohortId, await categoryId(), { images: [res.body.files[0].url], thumbnail: thumbnailUrl }),
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.product).toMatchObject({ thumbnail: thumbnailUrl, images: [expect.objectContaining({ url: res.body.files[0].url })] })
    const other = await upload(token, [{ name: "kecil.png", type: "image/png", bytes: PNG }])
    const kept = await api(`/coordinator/products/${made.body.product.id}`, { token: c.token, body: { images: [res.body.files[0].url, other.body.files[0].url] } })
    expect(kept.status, JSON.stringify(kept.body)).toBe(200)
    expect(kept.body.product.thumbnail).toBe(thumbnailUrl)
    // A new first photo without its card: that photo becomes the thumbnail.
    const swapped = await api(`/coordinator/products/${made.body.product.id}`, { token: c.token, body: { images: [other.body.files[0].url] } })
    expect(swapped.body.product.thumbnail).toBe(other.body.files[0].url)
  })

  it("keeps each photo's card for the product page's gallery buttons, through an edit that sends the photos' URLs alone", async () => {
    const photo = (colour: string) => sharp({ create: { width: 1600, height: 1600, channels: 3, background: colour } }).jpeg().toBuffer()
    const res = await upload(token, [
      { name: "depan.jpg", type: "image/jpeg", bytes: await photo("#8a1c1c") },
      { name: "samping.jpg", type: "image/jpeg", bytes: await photo("#1c5a8a") },
    ])
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const [front, side] = res.body.files as { url: string; thumbnail_url: string }[]
    expect(front!.thumbnail_url).not.toBe(front!.url)
    expect(side!.thumbnail_url).not.toBe(side!.url)

    const c = await demoCoordinator(3)
    // Published below.
    const body = productBody(c.cohortId, await categoryId(), { images: [front, side], food_label: PUBLISHABLE_FOOD_LABEL })
    const made = await api("/coordinator/products", { token: c.token, body })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    // The first photo's card is the product's thumbnail, sent or not.
    expect(made.body.product.thumbnail).toBe(front!.thumbnail_url)
    const id: string = made.body.product.id
    // The portal's edit form sends the photos it keeps by URL: here the side photo first.
    const edited = await api(`/coordinator/products/${id}`, { token: c.token, body: { images: [side!.url, front!.url] } })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.product.thumbnail).toBe(side!.thumbnail_url)

    expect((await api(`/coordinator/products/${id}/submit`, { token: c.token, body: {} })).status).toBe(200)
    const operator = await operatorToken()
    expect((await api(`/admin/listings/${id}/publish`, { token: operator, body: {} })).status).toBe(200)
    // The product page: the large photo is the photo itself, each 64 px button its card.
    let gallery: string[] = []
    for (let i = 0; i < 30 && gallery.length < 3; i++) {
      const html = await (await fetch(`${process.env.STOREFRONT_URL}/produk/${made.body.product.handle}`)).text()
      const section = html.match(/<section aria-label="Foto produk"[^>]*>([\s\S]*?)<\/section>/)?.[1] ?? ""
      gallery = [...section.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"))
      if (gallery.length < 3) await new Promise((r) => setTimeout(r, 300))
    }
    expect(gallery).toEqual([side!.url, side!.thumbnail_url, front!.thumbnail_url])
    expect((await api(`/coordinator/products/${id}/archive`, { token: c.token, body: {} })).status).toBe(200)
  })

  it("serves a stored file that is no image as an attachment, never as its name's type", async () => {
    // As a file an older version stored under the client's name: written straight into the upload folder.
    const name = `fuzz-${Date.now()}-halaman.html`
    writeFileSync(path.join(uploadFolder(), name), "<html><script>alert(1)</script></html>")
    const served = await fetch(`${env.backendUrl}/uploads/${name}`)
    expect(served.status).toBe(200)
    expect(served.headers.get("content-type")).toBe("application/octet-stream")
    expect(served.headers.get("content-disposition")).toBe("attachment")
    expect(served.headers.get("x-content-type-options")).toBe("nosniff")
  })

  it("takes product images only from our own upload URL", async () => {
    const c = await demoCoordinator(3)
    const category = await categoryId()
    const own = await upload(token, [{ name: "foto.png", type: "image/png", bytes: PNG }])
    const ownUrl = own.body.files[0].url as string
    const ok = await api("/coordinator/products", { token: c.token, body: productBody(c.cohortId, category, { images: [ownUrl] }) })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const origin = new URL(ownUrl).origin
    for (const foreign of ["https://evil.example/uploads/t.png", "javascript:/uploads/x", `${origin}/app/uploads/x.png`, `${origin.replace("http:", "https:")}/uploads/x.png`]) {
      const res = await api("/coordinator/products", { token: c.token, body: productBody(c.cohortId, category, { images: [foreign] }) })
      expect(res.status, foreign).toBe(400)
      expect(res.body.message, foreign).toMatch(/coordinator\/uploads/)
      // The thumbnail too.
      const thumb = await api("/coordinator/products", { token: c.token, body: productBody(c.cohortId, category, { images: [ownUrl], thumbnail: foreign }) })
      expect(thumb.status, foreign).toBe(400)
    }
  })
})
