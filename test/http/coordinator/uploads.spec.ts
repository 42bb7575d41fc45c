import { beforeAll, describe, expect, it } from "vitest"
import { env } from "../helpers/env"
import { demoCoordinator } from "../helpers/coordinators"

// A real 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

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
})
