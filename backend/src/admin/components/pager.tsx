import { Button, Text } from "@medusajs/ui"
import { useKaryaTranslation } from "../lib/i18n"

/**
 * "11–20 of 43" with Previous / Next, for a list the backend pages by
 * limit/offset. The buttons show only when there is more than one page; the
 * caller decides whether a single page shows its range at all.
 */
export const Pager = ({
  offset,
  count,
  page,
  onOffset,
  loading = false,
  className = "",
}: {
  offset: number
  count: number
  page: number
  onOffset: (offset: number) => void
  loading?: boolean
  className?: string
}) => {
  const { t } = useKaryaTranslation()
  return (
    <div className={`flex flex-wrap items-center justify-end gap-2 ${className}`} data-print="hide">
      <Text size="small" className="text-ui-fg-subtle">
        {t("common.range", { from: offset + 1, to: Math.min(offset + page, count), count })}
        {loading ? ` · ${t("common.loading")}` : ""}
      </Text>
      {count > page && (
        <>
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - page))}>
            {t("common.previous")}
          </Button>
          <Button size="small" variant="secondary" disabled={offset + page >= count} onClick={() => onOffset(offset + page)}>
            {t("common.next")}
          </Button>
        </>
      )}
    </div>
  )
}
