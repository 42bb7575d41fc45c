import { useTranslations } from "next-intl"
import type { ListingState } from "@/lib/types/coordinator"

const TONE: Record<ListingState, string> = {
  draft: "border-line bg-sand text-ink",
  submitted: "border-gold bg-gold-light text-ink",
  published: "border-leaf bg-white text-leaf",
  rejected: "border-red-700 bg-white text-red-800",
  archived: "border-line bg-white text-muted",
}

/** A product's listing state in words (never colour alone). */
export function ListingBadge({ state }: { state: ListingState }) {
  const t = useTranslations("CoordinatorProducts")
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${TONE[state]}`}>{t(`states.${state}`)}</span>
}
