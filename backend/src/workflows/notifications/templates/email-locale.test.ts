import { describe, expect, it } from "vitest"
import { emailLocale, storefrontUrl } from "./email-locale"

describe("email locale", () => {
  it("reads English from the storefront's locales and Indonesian from anything else", () => {
    expect(emailLocale("en-US")).toBe("en")
    expect(emailLocale("en")).toBe("en")
    expect(emailLocale("EN_gb")).toBe("en")
    for (const other of [null, undefined, "", "id", "id-ID", "english", 42]) expect(emailLocale(other)).toBe("id")
  })

  it("links the page of the shopper's language", () => {
    expect(storefrontUrl("http://localhost:8000", "/account/reset-password", "en", { token: "t" })).toBe(
      "http://localhost:8000/en/account/reset-password?token=t"
    )
    expect(storefrontUrl("https://toko.test/", "/account/reset-password", "id")).toBe("https://toko.test/akun/atur-ulang-sandi")
  })
})
