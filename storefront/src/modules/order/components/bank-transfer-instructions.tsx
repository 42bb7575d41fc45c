import { useLocale, useTranslations } from "next-intl"
import type { BankTransferDetails } from "@/lib/types/checkout"
import { formatRupiah } from "@/lib/util/money"

type Props = { amount: number; orderNumber: number | string; details: BankTransferDetails | null }

/** Where to send the money and how much; without the shop's account details, the amount and a promise of an email. */
export function BankTransferInstructions({ amount, orderNumber, details }: Props) {
  const t = useTranslations("Order")
  const locale = useLocale()
  return (
    <section aria-labelledby="transfer-title" className="space-y-3 rounded-lg border-2 border-gold bg-white p-4">
      <h2 id="transfer-title" className="font-serif text-xl font-semibold">
        {t("transferTitle")}
      </h2>
      <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold text-muted">{t("transferAmount")}</dt>
        <dd className="text-2xl font-bold text-maroon tabular-nums">{formatRupiah(amount)}</dd>
        {details ? (
          <>
            <dt className="font-semibold text-muted">{t("bankName")}</dt>
            <dd>{details.bank_name}</dd>
            <dt className="font-semibold text-muted">{t("accountNumber")}</dt>
            <dd className="font-mono text-lg tabular-nums">{details.account_number}</dd>
            <dt className="font-semibold text-muted">{t("accountHolder")}</dt>
            <dd>{details.account_holder}</dd>
          </>
        ) : null}
      </dl>
      <p className="text-sm">{t("transferReference", { number: orderNumber })}</p>
      <p className="text-sm">{details ? (locale === "en" ? details.instructions.en : details.instructions.id) : t("transferFallback")}</p>
    </section>
  )
}
