import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { describe, expect, it, vi } from "vitest"
import { refusal } from "../lib/refusal"
import { errorHandlerWithProblems } from "./error-handler"

/** Just enough of express's req and res for the handler: a logger, a status and a JSON body. */
function call(error: unknown) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const req = { scope: { resolve: () => logger }, path: "/outlet/orders" }
  const sent: { status?: number; body?: unknown; headers?: Record<string, string> } = {}
  const res = {
    statusCode: 200,
    setHeader(name: string, value: string) {
      sent.headers = { ...sent.headers, [name]: value }
    },
    status(code: number) {
      this.statusCode = code
      sent.status = code
      return this
    },
    json(body: unknown) {
      sent.body = body
      return this
    },
  }
  errorHandlerWithProblems(error, req as never, res as never, vi.fn())
  return sent
}

describe("errorHandlerWithProblems", () => {
  it("answers a refusal as Medusa does, with its problems added", () => {
    const sent = call(refusal(MedusaError.Types.INVALID_DATA, [{ code: "below_minimum", minimum: 300_000, short: 5_000 }], "Pesanan minimum"))
    expect(sent.status).toBe(400)
    expect(sent.body).toEqual({ type: "invalid_data", message: "Pesanan minimum", problems: [{ code: "below_minimum", minimum: 300_000, short: 5_000 }] })
  })

  it("leaves other errors as Medusa answers them", () => {
    const sent = call(new MedusaError(MedusaError.Types.NOT_FOUND, "Pesanan tidak ditemukan"))
    expect(sent).toEqual({ status: 404, body: { type: "not_found", message: "Pesanan tidak ditemukan" } })
  })

  it("answers a database data exception as a 400 with a message, never a 500", () => {
    // As MikroORM hands them on: the driver's SQLSTATE in `code`.
    for (const code of ["22021", "22007", "22008", "22003", "2201X", "22P02"]) {
      const error = Object.assign(new Error("select ... - invalid input"), { code, name: "DriverException" })
      const sent = call(error)
      expect(sent.status, code).toBe(400)
      expect((sent.body as { message: string }).message, code).toMatch(/^.{20,}$/)
      expect(JSON.stringify(sent.body), code).not.toMatch(/select|DriverException/)
    }
    expect(call(Object.assign(new Error("x"), { cause: { code: "22021" } })).status).toBe(400)
    // NUL in a bound parameter: the wire protocol refuses the message itself.
    expect((call(Object.assign(new Error("select ... - invalid message format"), { code: "08P01" })).body as { message: string }).message).toMatch(/NUL/)
    expect((call(Object.assign(new Error("x"), { code: "22021" })).body as { message: string }).message).toMatch(/NUL/)
  })

  it("answers a zod error thrown outside a validator as a 400 naming the field", () => {
    const sent = call(z.object({ cohort_id: z.string() }).safeParse({ cohort_id: { $ne: "x" } }).error)
    expect(sent.status).toBe(400)
    expect((sent.body as { message: string }).message).toMatch(/^cohort_id: /)
  })

  it("answers a lost database connection as a 503 to retry, never a 500", () => {
    const sent = call(Object.assign(new Error("terminating connection"), { code: "57P01" }))
    expect(sent.status).toBe(503)
    expect(sent.headers).toEqual({ "Retry-After": "5" })
    expect((sent.body as { type: string }).type).toBe("database_unavailable")
  })

  it("leaves other server errors as 500s", () => {
    expect(call(Object.assign(new Error("deadlock detected"), { code: "40P01" })).status).toBe(500)
  })
})
