import "server-only"
import { listCategories } from "@/lib/data/categories"
import type { AppLocale } from "@/i18n/routing"

/** Categories to file a product under, children named with their parent ("Pangan Olahan › Pisang"). */
export async function productCategoryOptions(locale: AppLocale): Promise<{ id: string; name: string }[]> {
  const tree = await listCategories(locale)
  return tree.flatMap((top) => (top.children.length ? top.children.map((c) => ({ id: c.id, name: `${top.name} › ${c.name}` })) : [{ id: top.id, name: top.name }]))
}
