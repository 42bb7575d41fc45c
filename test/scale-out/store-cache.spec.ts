import { afterAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../backend/src/scripts/seed-data/catalog"
import { sql } from "../http/helpers/database"
import { call, operatorToken, SERVERS } from "./topology"

// With REDIS_URL the Caching Module keeps store reads in Redis, shared by both
// servers. A read cached through one server must be cleared for the other when
// the data changes, whichever process handles the event (the worker runs the
// subscribers): no server keeps serving a stale product.

const FRESH_WITHIN_MS = 10_000
const product = PRODUCTS[4]!

async function titleVia(server: string): Promise<string> {
  const res = await call(server, `/store/products?handle=${product.handle}&fields=id,title`)
  expect(res.status).toBe(200)
  return res.body.products[0].title
}

async function eventually(server: string, wanted: string): Promise<string> {
  const deadline = Date.now() + FRESH_WITHIN_MS
  let title = await titleVia(server)
  while (title !== wanted && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    title = await titleVia(server)
  }
  return title
}

describe("the store cache in Redis, shared by two servers", () => {
  const [serverA, serverB] = [SERVERS[0]!, SERVERS[1]!]
  let original: string | undefined
  let productId: string | undefined

  afterAll(async () => {
    if (productId && original !== undefined) {
      const token = await operatorToken(serverA)
      await call(serverA, `/admin/products/${productId}`, { token, body: { title: original } })
    }
  })

  it("serves one server's cached read on the other, and clears it on both after a change", async () => {
    const res = await call(serverA, `/store/products?handle=${product.handle}&fields=id,title`)
    productId = res.body.products[0].id as string
    original = res.body.products[0].title as string

    // Changed behind Medusa's back (no event) after server A cached the read:
    // server B, which never read it, still answers the cached title, so the
    // cache is the shared one in Redis, not each server's own memory.
    await sql("update product set title = $1 where id = $2", [`${original} (SQL)`, productId])
    try {
      expect(await titleVia(serverB)).toBe(original)
      expect(await titleVia(serverA)).toBe(original)
    } finally {
      await sql("update product set title = $1 where id = $2", [original, productId])
    }

    // A real change through server A: server B shows it within seconds.
    const token = await operatorToken(serverA)
    const renamed = `${original} (skala ${Date.now().toString(36)})`
    expect((await call(serverA, `/admin/products/${productId}`, { token, body: { title: renamed } })).status).toBe(200)
    expect(await eventually(serverB, renamed)).toBe(renamed)
    expect(await eventually(serverA, renamed)).toBe(renamed)
  })
})
