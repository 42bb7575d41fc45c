import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { isDatabaseUnavailable, respondDatabaseUnavailable } from "./database-unavailable"

const socket = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code })

describe("isDatabaseUnavailable", () => {
  it("knows the driver's, Knex's and MikroORM's ways of saying the database is gone", () => {
    expect(isDatabaseUnavailable(socket("ECONNREFUSED"))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true)
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" }))).toBe(true)
    // Wrapped: MikroORM's exception around the driver's, and the workflow engine's plain copy of an error.
    expect(isDatabaseUnavailable(Object.assign(new Error("wrapped"), { name: "DriverException", cause: socket("ECONNRESET") }))).toBe(true)
    expect(isDatabaseUnavailable({ message: "Connection terminated unexpectedly", type: "unknown_error" })).toBe(true)
    // Seen under traffic: the connection under a cart's transaction was cut, the next insert found the transaction gone.
    expect(isDatabaseUnavailable(Object.assign(new Error("Transaction query already complete, run with DEBUG=knex:tx for more info"), { name: "DriverException" }))).toBe(true)
  })

  it("leaves every other error to the usual handler", () => {
    expect(isDatabaseUnavailable(new MedusaError(MedusaError.Types.NOT_FOUND, "Pesanan tidak ditemukan"))).toBe(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: "23505" }))).toBe(false)
    expect(isDatabaseUnavailable(new Error("Connection to Stripe failed"))).toBe(false)
    expect(isDatabaseUnavailable(null)).toBe(false)
  })
})

describe("respondDatabaseUnavailable", () => {
  const response = () => {
    const sent: { status?: number; body?: any; headers: Record<string, string> } = { headers: {} }
    const res = {
      setHeader: (k: string, v: string) => (sent.headers[k] = v),
      status: (s: number) => ((sent.status = s), res),
      json: (b: unknown) => ((sent.body = b), res),
    }
    const warned: string[] = []
    const req = { method: "GET", path: "/store/products", scope: { resolve: () => ({ warn: (m: string) => warned.push(m) }) } }
    return { req: req as any, res: res as any, sent, warned }
  }

  it("answers 503 with a message in both languages and Retry-After", () => {
    const { req, res, sent, warned } = response()
    expect(respondDatabaseUnavailable(socket("ECONNREFUSED"), req, res)).toBe(true)
    expect(warned).toEqual([expect.stringContaining("connect ECONNREFUSED")])
    expect(sent.status).toBe(503)
    expect(sent.headers["Retry-After"]).toBe("5")
    expect(sent.body).toEqual(expect.objectContaining({ type: "database_unavailable", message: expect.stringMatching(/Basis data .* database cannot be reached/) }))
  })

  it("does not answer for other errors", () => {
    const { req, res, sent } = response()
    expect(respondDatabaseUnavailable(new Error("boom"), req, res)).toBe(false)
    expect(sent.status).toBeUndefined()
  })
})
