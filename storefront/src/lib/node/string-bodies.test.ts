import { createServer, ServerResponse, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sendLongStringBodiesAsBytes } from "./string-bodies"

// A page just past 65,535 characters with non-ASCII words in it, as Next ends it.
const PAGE = `<!DOCTYPE html><title>Keripik · Karya Binaan — ${"é".repeat(10)}</title>${"<p>tempe</p>".repeat(6_000)}`
const SHORT = "Karya Binaan · ok"

describe("long string bodies", () => {
  const original = ServerResponse.prototype.end
  let server: Server
  let url: string

  beforeAll(async () => {
    sendLongStringBodiesAsBytes()
    sendLongStringBodiesAsBytes()
    server = createServer((req, res) => {
      const body = req.url === "/short" ? SHORT : PAGE
      res.setHeader("content-type", "text/html; charset=utf-8")
      res.setHeader("content-length", Buffer.byteLength(body))
      if (req.url === "/callback") res.end(body, () => undefined)
      else res.end(body, "utf8")
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("replace res.end once, however often it is asked", () => {
    expect(PAGE.length).toBeGreaterThan(65_535)
    expect(ServerResponse.prototype.end).not.toBe(original)
  })

  it("arrive byte for byte, with or without an encoding or a callback", async () => {
    for (const path of ["/", "/callback"]) {
      const response = await fetch(`${url}${path}`)
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(Number(response.headers.get("content-length"))).toBe(bytes.length)
      expect(bytes.toString("utf8")).toBe(PAGE)
    }
    expect(await (await fetch(`${url}/short`)).text()).toBe(SHORT)
  })
})
