import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import en from "./json/en.json"
import id from "./json/id.json"

// Our Admin pages are Indonesian first, English second: both files carry every
// text, and every key the pages ask for exists, so no page shows a bare key.

type Messages = { [key: string]: string | Messages }

const flatten = (messages: Messages, prefix = ""): Map<string, string> =>
  new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)]
    )
  )

const EN = flatten(en)
const ID = flatten(id)
const ADMIN = path.resolve(__dirname, "..")

/** Every .ts/.tsx file of the admin customizations except translations and tests. */
function sources(dir = ADMIN): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "json" ? [] : sources(file)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [file] : []
  })
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
const PLURAL = /_(zero|one|two|few|many|other)$/

/** `t("a.b")` calls and route labels translated through `translationNs`, per file. */
function usedKeys() {
  const used: { file: string; key: string }[] = []
  const dynamic: string[] = []
  for (const file of sources()) {
    const code = readFileSync(file, "utf8")
    const name = path.relative(ADMIN, file)
    for (const call of code.matchAll(/\bt\(\s*([^)]{0,60})/g)) {
      const literal = /^"([\w.]+)"/.exec(call[1]!)
      // A key built at run time could not be checked here: keep them literal.
      if (literal) used.push({ file: name, key: literal[1]! })
      else dynamic.push(`${name}: t(${call[1]}`)
    }
    // The sidebar label is a key too when the config names our namespace.
    for (const config of code.matchAll(/defineRouteConfig\(([^)]*)\)/g)) {
      expect(config[1], `${name}: the sidebar label must be a key in our namespace`).toMatch(/translationNs:\s*"karya"/)
      used.push({ file: name, key: /label:\s*"([\w.]+)"/.exec(config[1]!)?.[1] ?? "(no literal label)" })
    }
  }
  return { used, dynamic }
}

describe("admin translations", () => {
  it("en.json and id.json have the same keys", () => {
    expect([...ID.keys()].filter((k) => !EN.has(k)), "in id.json, missing in en.json").toEqual([])
    expect([...EN.keys()].filter((k) => !ID.has(k)), "in en.json, missing in id.json").toEqual([])
    expect(EN.size).toBeGreaterThan(100)
  })

  it("every text is filled in and keeps its placeholders in both languages", () => {
    for (const [key, english] of EN) {
      const indonesian = ID.get(key) ?? ""
      expect(english.trim(), `en ${key}`).not.toBe("")
      expect(indonesian.trim(), `id ${key}`).not.toBe("")
      expect(placeholders(indonesian), `placeholders of ${key}`).toEqual(placeholders(english))
    }
  })

  it("every key the admin pages use exists, and every key is used", () => {
    const { used, dynamic } = usedKeys()
    expect(dynamic, "translation keys built at run time").toEqual([])
    expect(used.filter((u) => u.key.startsWith("nav.")).length, "sidebar labels").toBe(6)
    expect(used.length).toBeGreaterThan(100)
    // A count picks a plural form: t("x", { count }) reads x_one / x_other.
    const exists = (key: string) => EN.has(key) || (EN.has(`${key}_one`) && EN.has(`${key}_other`))
    expect(used.filter((u) => !exists(u.key)).map((u) => `${u.file}: ${u.key}`), "keys missing from en.json/id.json").toEqual([])
    const usedSet = new Set(used.map((u) => u.key))
    expect([...EN.keys()].filter((k) => !usedSet.has(k.replace(PLURAL, ""))), "keys no page uses").toEqual([])
  })
})
