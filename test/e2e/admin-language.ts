import { expect, type Page } from "@playwright/test"
import { onlyIn, readMessages, wordsIn } from "./language-scan"

// Our Admin pages' texts (backend/src/admin/i18n/json), to check that a page
// in one language shows none of the other's and no bare message key.

const MESSAGES = { id: readMessages("backend/src/admin/i18n/json/id.json"), en: readMessages("backend/src/admin/i18n/json/en.json") }
// Texts of ours that also reach a page as someone else's words: "Kelompok" opens the
// seeded cohorts' Indonesian stories (data, shown as written), and Medusa's own
// Admin leaves "Sales Channel" untranslated in Indonesian.
const SHOWN_BY_OTHERS = new Set(["Kelompok", "Channel"])
const ours = (texts: string[]) => texts.filter((text) => !SHOWN_BY_OTHERS.has(text))
export const ONLY_IN = { id: ours(onlyIn(MESSAGES.id, MESSAGES.en)), en: ours(onlyIn(MESSAGES.en, MESSAGES.id)) }

// A key shown in place of its text, e.g. "payouts.title".
const BARE_KEY = new RegExp(`\\b(${Object.keys(MESSAGES.en).join("|")})\\.[A-Za-z_]+`, "g")

/**
 * The page (its content and the sidebar) is in the given language: the
 * document says so, and no text of ours from the other language shows.
 */
export async function expectAdminIn(page: Page, language: "id" | "en", data: RegExp[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", language)
  // Records' own words (e.g. a seeded coordinator named "Koordinator <cohort>") are data, not our texts.
  const text = data.reduce(
    (all, pattern) => all.replace(pattern, ""),
    [await page.locator("main").innerText(), ...(await page.locator("nav").allInnerTexts())].join("\n")
  )
  const other = language === "en" ? ONLY_IN.id : ONLY_IN.en
  expect(wordsIn(text, other), `${language === "en" ? "Indonesian" : "English"} text of ours on a page in ${language}`).toEqual([])
  expect(text.match(BARE_KEY), "message keys shown instead of texts").toBeNull()
}
