import { readFileSync } from "node:fs"
import path from "node:path"
import { createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import { loadMessages, MESSAGE_AREAS } from "./messages"

type Tree = { [key: string]: string | Tree }

const read = (locale: string, area: string): Tree =>
  JSON.parse(readFileSync(path.join(__dirname, "../../messages", locale, `${area}.json`), "utf8"))

/** "Section.key" → message, for every leaf. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

// Top-level ICU arguments ({count}, {price}); plural branches use # and don't count.
const argumentsOf = (message: string) => new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))

describe("message files", () => {
  const idMessages = flatten(Object.assign({}, ...MESSAGE_AREAS.map((a) => read("id", a))))
  const enMessages = flatten(Object.assign({}, ...MESSAGE_AREAS.map((a) => read("en", a))))

  it("never repeat a top-level section across areas (a later area would silently replace it)", () => {
    for (const locale of ["id", "en"]) {
      const sections = MESSAGE_AREAS.flatMap((a) => Object.keys(read(locale, a)))
      expect(sections.length, locale).toBe(new Set(sections).size)
    }
  })

  it("have identical keys in Indonesian and English", () => {
    expect([...enMessages.keys()].sort()).toEqual([...idMessages.keys()].sort())
  })

  it("use the same arguments in both languages", () => {
    for (const [key, message] of idMessages) {
      expect(argumentsOf(enMessages.get(key) ?? ""), key).toEqual(argumentsOf(message))
    }
  })

  // Counts that can be 1 (a report of one unit, a cohort with one parolee): the English noun agrees.
  it("say one unit, one day and one parolee in English", async () => {
    // The messages as the app loads them, formatted by next-intl as the pages do.
    const t = createTranslator({ locale: "en", messages: await loadMessages("en") })
    expect(t("OutletConsignment.reportUnits", { units: 1 })).toBe("1 unit sold")
    expect(t("OutletConsignment.reportUnits", { units: 3 })).toBe("3 units sold")
    expect(t("CoordinatorConsignment.done", { units: 1 })).toBe("1 unit consigned to the outlet.")
    expect(t("OutletRefusal.stock_left", { available: 1, product: "Sambal" })).toBe("Only 1 unit of Sambal is in stock: order fewer cartons.")
    expect(t("OutletRefusal.stock_left", { available: 2, product: "Sambal" })).toBe("Only 2 units of Sambal are in stock: order fewer cartons.")
    expect(t("Impact.kemandirianValue", { earned: 1, klien: 1 })).toBe("1 of 1 parolee")
    expect(t("Product.shelfLifeDays", { days: 1 })).toBe("1 day")
  })

  it("have no empty messages", () => {
    for (const [key, message] of [...idMessages, ...enMessages]) expect(message.trim(), key).not.toBe("")
  })
})
