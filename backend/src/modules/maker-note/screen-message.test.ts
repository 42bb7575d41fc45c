import { describe, expect, it } from "vitest"
import { screenNoteText } from "./screen-message"

describe("screenNoteText", () => {
  it.each([
    "Terima kasih! Keripiknya renyah sekali, anak saya suka.",
    "Thank you, the tempe chips were great. Semangat terus!",
    "Jalan terus, semoga usahanya lancar jaya.",
    "Saya beli 3 bungkus, harganya Rp 25.000, sepadan.",
    "Nomor satu deh rasanya",
  ])("lets an ordinary thank-you through: %s", (text) => {
    expect(screenNoteText(text)).toEqual([])
  })

  it.each([
    "Hubungi saya di 0812 3456 7890 ya",
    "WA +62 812-3456-7890",
    "wa 62 8123456789",
    "telp (0711) 512345",
    "0 8 1 2 3 4 5 6 7 8 9",
  ])("refuses a phone number: %s", (text) => {
    expect(screenNoteText(text)).toContain("phone")
  })

  it.each([
    "lihat https://contoh.test/toko",
    "mampir ke www.tokorina.com",
    "email saya rina@contoh.co.id",
    "follow @toko_rina",
    "tokorina.id",
    "bit.ly/abc123",
  ])("refuses a link, email or domain: %s", (text) => {
    expect(screenNoteText(text)).toContain("link")
  })

  it.each([
    "Kirim ke Jl. Merdeka",
    "rumah saya Jalan Sudirman dekat pasar",
    "RT 03 RW 05 Plaju",
    "rumah No. 12 dekat masjid",
    "kode pos 30268",
    "Gg. Mawar belakang sekolah",
    "Kel. Plaju Ulu",
  ])("refuses an address: %s", (text) => {
    expect(screenNoteText(text)).toContain("address")
  })
})
