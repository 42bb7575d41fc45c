import { readFileSync } from "node:fs"
import path from "node:path"
import { expect, type Page } from "@playwright/test"

// Our Admin pages' texts (backend/src/admin/i18n/json), to check that a page
// in one language shows none of the other's and no bare message key.

type Messages = { [key: string]: string | Messages }
const read = (language: "id" | "en"): Messages =>
  JSON.parse(readFileSync(path.join(__dirname, `../../backend/src/admin/i18n/json/${language}.json`), "utf8"))
const MESSAGES = { id: read("id"), en: read("en") }

/** Every text of one language (without placeholders, 6 characters or more) that the other says differently. */
function onlyIn(messages: Messages, other: Messages): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const theirs = other[key]
    if (typeof value !== "string") return typeof theirs === "object" ? onlyIn(value, theirs) : []
    return value !== theirs && !value.includes("{{") && value.length >= 6 ? [value] : []
  })
}
export const ONLY_IN = { id: onlyIn(MESSAGES.id, MESSAGES.en), en: onlyIn(MESSAGES.en, MESSAGES.id) }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
// A key shown in place of its text, e.g. "payouts.title".
const BARE_KEY = new RegExp(`\\b(${Object.keys(MESSAGES.en).join("|")})\\.[A-Za-z_]+`, "g")

/**
 * The page (its content and the sidebar) is in the given language: the
 * document says so, and no text of ours from the other language shows.
 */
export async function expectAdminIn(page: Page, language: "id" | "en") {
  await expect(page.locator("html")).toHaveAttribute("lang", language)
  const text = [await page.locator("main").innerText(), ...(await page.locator("nav").allInnerTexts())].join("\n")
  const other = language === "en" ? ONLY_IN.id : ONLY_IN.en
  // Whole words only: "Kohort" is Indonesian, "Kohorten" would not be.
  const found = other.filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, "u").test(text))
  expect(found, `${language === "en" ? "Indonesian" : "English"} text of ours on a page in ${language}`).toEqual([])
  expect(text.match(BARE_KEY), "message keys shown instead of texts").toBeNull()
}
