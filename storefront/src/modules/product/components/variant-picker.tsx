import { useTranslations } from "next-intl"
import { Link, type AppHref } from "@/i18n/navigation"
import type { Product, ProductVariant } from "@/lib/types/product"
import { variantForOption } from "@/lib/util/variants"

type Props = {
  product: Pick<Product, "options" | "variants">
  selected: ProductVariant | undefined
  /** The page's address with ?variant= set to this variant. */
  hrefFor: (variant: ProductVariant) => AppHref
}

/**
 * One group of choices per option. Each choice is a link to ?variant=…, so the
 * selection lives in the URL: shareable, and it works without JavaScript.
 */
export function VariantPicker({ product, selected, hrefFor }: Props) {
  const t = useTranslations("Product")
  if (product.variants.length <= 1) return null
  return (
    <div className="space-y-4">
      {product.options.map((option) => (
        <div key={option.id} role="group" aria-labelledby={`option-${option.id}`}>
          <p id={`option-${option.id}`} className="mb-2 text-sm font-semibold">
            {t("optionLegend", { option: option.title })}
          </p>
          <ul className="flex flex-wrap gap-2">
            {option.values.map((value) => {
              const target = variantForOption(product, selected, option.id, value)
              const isSelected = selected?.options[option.id] === value
              const base = "inline-block min-w-14 rounded-md border-2 px-3 py-2 text-center text-sm"
              return (
                <li key={value}>
                  {target ? (
                    <Link
                      href={hrefFor(target)}
                      scroll={false}
                      replace
                      aria-current={isSelected ? "true" : undefined}
                      className={`${base} ${isSelected ? "border-maroon bg-maroon font-semibold text-white" : "border-line bg-white hover:border-maroon"}`}
                    >
                      {value}
                    </Link>
                  ) : (
                    <span className={`${base} border-dashed border-line text-muted line-through`}>
                      {value} <span className="sr-only">({t("unavailable")})</span>
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </div>
  )
}
