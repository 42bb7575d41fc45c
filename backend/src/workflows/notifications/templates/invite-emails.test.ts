import { describe, expect, it } from "vitest"
import { coordinatorInviteUrl, renderCoordinatorInvite } from "./coordinator-invite"
import { outletInviteUrl, renderOutletInvite } from "./outlet-invite"

const CLOSING = [
  "Buka tautan berikut untuk membuat akun dan kata sandi (berlaku 7 hari, hanya sekali pakai):",
  "",
  "https://toko.contoh/undangan?token=t",
  "",
  "Jika Anda tidak mengharapkan undangan ini, abaikan email ini.",
  "",
  "Salam hangat,",
  "Tim Karya Binaan",
]

describe("invitation emails", () => {
  it("link to the portal's invitation page with the token", () => {
    expect(coordinatorInviteUrl("https://toko.contoh", "a b+c")).toBe("https://toko.contoh/koordinator/undangan?token=a+b%2Bc")
    expect(outletInviteUrl("https://toko.contoh/", "tok")).toBe("https://toko.contoh/outlet/undangan?token=tok")
  })

  it("tell a coordinator which cohorts, and a buyer which outlet, in Indonesian", () => {
    const coordinator = renderCoordinatorInvite("https://toko.contoh/undangan?token=t", ["Kohort A", "Kohort B"], "Bu Rina")
    expect(coordinator.subject).toBe("Undangan koordinator – Karya Binaan")
    expect(coordinator.text.split("\n")).toEqual([
      "Halo Bu Rina,",
      "",
      "Anda diundang menjadi koordinator di Karya Binaan untuk kohort berikut:",
      "  - Kohort A",
      "  - Kohort B",
      "",
      ...CLOSING,
    ])
    const buyer = renderOutletInvite("https://toko.contoh/undangan?token=t", "Sentra Kuliner Plaju")
    expect(buyer.subject).toBe("Undangan pembeli outlet – Sentra Kuliner Plaju")
    expect(buyer.text.split("\n")).toEqual([
      "Halo,",
      "",
      "Anda diundang menjadi pembeli untuk Sentra Kuliner Plaju di portal outlet Karya Binaan:",
      "memesan stok dengan harga grosir, per karton, dibayar dengan faktur.",
      "",
      ...CLOSING,
    ])
  })
})
