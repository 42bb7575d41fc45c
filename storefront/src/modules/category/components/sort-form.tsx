import { useTranslations } from "next-intl"
import { SORT_KEYS, type SortKey } from "@/lib/util/catalog-params"

/**
 * A GET form: choosing an order and pressing Apply reloads the list from page
 * 1. Needs no JavaScript, so it works on every phone.
 */
export function SortForm({ action, sort }: { action: string; sort: SortKey }) {
  const t = useTranslations("Sort")
  return (
    <form action={action} className="flex items-center gap-2">
      <label htmlFor="sort" className="text-sm font-medium">
        {t("label")}
      </label>
      <select id="sort" name="sort" defaultValue={sort} className="rounded-md border border-muted bg-white px-2 py-2 text-sm">
        {SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(key)}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded-md border border-maroon px-3 py-2 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white">
        {t("apply")}
      </button>
    </form>
  )
}
