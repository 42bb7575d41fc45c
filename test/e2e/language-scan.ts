import { readFileSync } from "node:fs"
import path from "node:path"

// What the "this page is in one language" checks share: the texts only one
// language has (read from our message files), and a whole-word search for them.

export type Messages = { [key: string]: string | Messages }

/** A message file, by its path from the repository root. */
export const readMessages = (file: string): Messages => JSON.parse(readFileSync(path.join(__dirname, "../..", file), "utf8"))

/** Every text of `messages` (without placeholders, 6 characters or more) that `other` says differently. */
export function onlyIn(messages: Messages, other: Messages): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const theirs = other[key]
    if (typeof value !== "string") return typeof theirs === "object" ? onlyIn(value, theirs) : []
    return value !== theirs && !value.includes("{") && value.length >= 6 ? [value] : []
  })
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The texts that occur in `text` as whole words: "Varian" is Indonesian, "Variant" is not. */
export const wordsIn = (text: string, texts: string[]): string[] =>
  texts.filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, "u").test(text))
