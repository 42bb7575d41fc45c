import { useTranslations } from "next-intl"
import type { HalalStatus } from "@/lib/types/product"

const STYLE: Record<HalalStatus, string> = {
  certified: "border-leaf bg-leaf text-white",
  in_process: "border-amber bg-white text-amber",
  not_certified: "border-muted bg-white text-muted",
}

export function HalalBadge({ status, certificate }: { status: HalalStatus; certificate: string | null }) {
  const t = useTranslations("Product")
  return (
    <span className={`inline-flex flex-col rounded-md border-2 px-3 py-1.5 text-sm leading-tight ${STYLE[status]}`}>
      <span className="font-semibold">{t(`halal.${status}`)}</span>
      {status === "certified" && certificate ? <span className="text-xs">{t("halalCertificate", { number: certificate })}</span> : null}
    </span>
  )
}
