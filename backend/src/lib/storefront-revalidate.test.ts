import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { revalidateStorefront } from "./storefront-revalidate"

type Received = { path?: string; secret?: string; body?: string }

function storefront(status: number): Promise<{ url: string; received: Received; close(): void }> {
  const received: Received = {}
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      Object.assign(received, { path: req.url, secret: req.headers["x-revalidate-secret"], body })
      res.writeHead(status).end()
    })
  })
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${port}`, received, close: () => server.close() })
    })
  )
}

describe("revalidateStorefront", () => {
  const warnings: string[] = []
  const logger = { warn: (m: string) => warnings.push(m) }
  afterEach(() => {
    warnings.length = 0
    delete process.env.STOREFRONT_URL
    delete process.env.REVALIDATE_SECRET
  })

  it("posts the tags with the shared secret", async () => {
    const sf = await storefront(200)
    process.env.STOREFRONT_URL = sf.url
    process.env.REVALIDATE_SECRET = "s3cret"
    await revalidateStorefront(["products", "cohorts"], logger)
    sf.close()
    expect(sf.received).toEqual({ path: "/api/revalidate", secret: "s3cret", body: '{"tags":["products","cohorts"]}' })
    expect(warnings).toEqual([])
  })

  it("warns instead of throwing when the storefront refuses or is down", async () => {
    const sf = await storefront(401)
    process.env.STOREFRONT_URL = sf.url
    process.env.REVALIDATE_SECRET = "wrong"
    await revalidateStorefront(["products"], logger)
    sf.close()
    process.env.STOREFRONT_URL = "http://127.0.0.1:1"
    await revalidateStorefront(["products"], logger)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/401/)
    expect(warnings[1]).toMatch(/failed/)
  })

  it("does nothing without a configured storefront", async () => {
    await expect(revalidateStorefront(["products"], logger)).resolves.toBeUndefined()
    expect(warnings).toEqual([])
  })
})

describe("revalidateStorefront in a burst of events", () => {
  afterEach(() => {
    delete process.env.STOREFRONT_URL
    delete process.env.REVALIDATE_SECRET
  })

  it("makes one call with every tag asked for at once", async () => {
    const bodies: string[] = []
    const server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        bodies.push(body)
        res.writeHead(200).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    process.env.STOREFRONT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    process.env.REVALIDATE_SECRET = "s3cret"
    await Promise.all([revalidateStorefront(["products"]), revalidateStorefront(["products", "cohorts"]), revalidateStorefront(["categories"])])
    server.close()
    expect(bodies).toEqual(['{"tags":["products","cohorts","categories"]}'])
  })
})
