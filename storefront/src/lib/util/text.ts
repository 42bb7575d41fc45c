/** Descriptions for search results and link previews stay under ~160 characters. */
export function summarize(text: string | null | undefined, max = 160): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim()
  if (flat.length <= max) return flat
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, "")}…`
}
