import { useTranslations } from "next-intl"
import type { StockState } from "@/lib/util/stock"

const TONE: Record<StockState["kind"], string> = {
  in_stock: "text-leaf",
  low: "text-amber",
  out_of_stock: "text-maroon",
}

/** "Tersedia", "Tinggal 3 lagi" or "Stok habis", with a colour dot for quick reading. */
export function StockStatus({ state }: { state: StockState }) {
  const t = useTranslations("Product.stock")
  const text = state.kind === "low" ? t("low", { quantity: state.quantity }) : t(state.kind)
  return (
    <p className={`flex items-center gap-2 font-semibold ${TONE[state.kind]}`}>
      <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-current" />
      {text}
    </p>
  )
}
