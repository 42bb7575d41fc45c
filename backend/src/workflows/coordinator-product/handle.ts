/** A URL slug from a title: ASCII lowercase words joined by "-", at most 60 characters. */
export function slugOf(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "")
  return slug || "produk"
}

/** The handles tried in order: the slug itself, then "-2" up to "-50". */
export function handleCandidates(slug: string, count = 50): string[] {
  return [slug, ...Array.from({ length: count - 1 }, (_, i) => `${slug}-${i + 2}`)]
}
