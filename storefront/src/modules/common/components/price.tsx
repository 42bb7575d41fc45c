import { useTranslations } from "next-intl"
import type { PriceRange } from "@/lib/types/product"
import { formatRupiah } from "@/lib/util/money"

/** "Rp 15.000", or "Mulai Rp 15.000" when variants differ in price. */
export function Price({ price, className = "" }: { price: PriceRange | null; className?: string }) {
  const t = useTranslations("Product")
  if (!price) return null
  const text = price.min === price.max ? formatRupiah(price.min) : t("priceFrom", { price: formatRupiah(price.min) })
  return <p className={className}>{text}</p>
}
