import type { MedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * Ids of the products whose text matches `q` in the base language (the
 * product module's own search) or in the request's locale (its translations).
 * The product module searches Indonesian only, so without this an English
 * shopper typing "chips" would miss "Keripik …".
 *
 * Translations are matched in memory: fine for a catalog of hundreds; the
 * Translation module of 2.21 offers no text search of its own.
 */
export async function productIdsMatching(req: MedusaRequest, q: string, locale: string): Promise<Set<string>> {
  const needle = q.toLocaleLowerCase()
  const [base, translated] = await Promise.all([
    req.scope.resolve(Modules.PRODUCT).listProducts({ q }, { select: ["id"], take: null }),
    req.scope
      .resolve(Modules.TRANSLATION)
      .listTranslations({ reference: "product", locale_code: locale }, { select: ["reference_id", "translations"], take: null }),
  ])
  const ids = new Set(base.map((p) => p.id))
  for (const t of translated) {
    const text = Object.values(t.translations ?? {}).filter((v): v is string => typeof v === "string")
    if (text.some((v) => v.toLocaleLowerCase().includes(needle))) ids.add(t.reference_id)
  }
  return ids
}
