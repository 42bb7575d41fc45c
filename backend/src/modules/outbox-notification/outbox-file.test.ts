import { describe, expect, it } from "vitest"
import { outboxFileName, renderOutboxFile } from "./outbox-file"

const notification = {
  to: "Budi.Santoso@Contoh.test",
  channel: "email",
  template: "order-confirmation",
  content: { subject: "Pesanan #12 diterima", text: "Terima kasih.\n\n" },
  data: { order_id: "order_1" },
}

describe("outbox file", () => {
  it("names the file by time, template and recipient, safe for any file system", () => {
    const name = outboxFileName(notification, new Date("2026-11-22T10:15:30.123Z"))
    expect(name).toBe("2026-11-22T10-15-30-123Z_order-confirmation_budi.santoso-at-contoh.test.txt")
  })

  it("writes the headers and the rendered text", () => {
    expect(renderOutboxFile(notification)).toBe(
      "Kepada: Budi.Santoso@Contoh.test\nSaluran: email\nTemplat: order-confirmation\nSubjek: Pesanan #12 diterima\n\nTerima kasih.\n"
    )
  })

  it("falls back to the data when nothing was rendered", () => {
    const text = renderOutboxFile({ ...notification, content: null })
    expect(text).toContain("Subjek: order-confirmation")
    expect(text).toContain('"order_id": "order_1"')
  })
})
