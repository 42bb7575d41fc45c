import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it, vi } from "vitest"
import { refusal } from "../lib/refusal"
import { errorHandlerWithProblems } from "./error-handler"

/** Just enough of express's req and res for the handler: a logger, a status and a JSON body. */
function call(error: unknown) {
  const logger = { info: vi.fn(), error: vi.fn() }
  const req = { scope: { resolve: () => logger }, path: "/outlet/orders" }
  const sent: { status?: number; body?: unknown } = {}
  const res = {
    statusCode: 200,
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
})
