import { describe, expect, it } from "vitest"
import en from "../../messages/en.json"
import id from "../../messages/id.json"

type Tree = { [key: string]: string | Tree }

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
  const idMessages = flatten(id)
  const enMessages = flatten(en)

  it("have identical keys in Indonesian and English", () => {
    expect([...enMessages.keys()].sort()).toEqual([...idMessages.keys()].sort())
  })

  it("use the same arguments in both languages", () => {
    for (const [key, message] of idMessages) {
      expect(argumentsOf(enMessages.get(key) ?? ""), key).toEqual(argumentsOf(message))
    }
  })

  it("have no empty messages", () => {
    for (const [key, message] of [...idMessages, ...enMessages]) expect(message.trim(), key).not.toBe("")
  })
})
