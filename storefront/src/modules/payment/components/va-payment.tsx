import { getTranslations } from "next-intl/server"
import type { VaBank } from "@/lib/util/gateway-methods"
import { CopyButton } from "./copy-button"

type Props = { bank: VaBank; vaNumber: string | null; billKey: string | null; billerCode: string | null }

const BANK_NAMES: Record<VaBank, string> = { bca: "BCA", bni: "BNI", bri: "BRI", mandiri: "Mandiri" }

/**
 * A virtual account: the bank, the number to transfer to with a copy button,
 * and the bank's few steps. Mandiri's bill payment has two numbers instead:
 * the company code and the payment code.
 */
export async function VaPayment({ bank, vaNumber, billKey, billerCode }: Props) {
  const t = await getTranslations("PendingPayment")
  const numbers: { label: string; value: string }[] =
    bank === "mandiri"
      ? [
          ...(billerCode ? [{ label: t("billerCode"), value: billerCode }] : []),
          ...(billKey ? [{ label: t("billKey"), value: billKey }] : []),
        ]
      : vaNumber
        ? [{ label: t("vaNumber"), value: vaNumber }]
        : []
  if (!numbers.length) return <p role="alert">{t("noCode")}</p>
  const steps = t.raw(`steps.${bank}`) as string[]
  return (
    <section aria-labelledby="va-title" className="space-y-4">
      <h2 id="va-title" className="font-serif text-xl font-semibold">
        {t("vaTitle", { bank: BANK_NAMES[bank] })}
      </h2>
      <dl className="space-y-3">
        <div>
          <dt className="text-sm text-muted">{t("bank")}</dt>
          <dd className="font-semibold">{BANK_NAMES[bank]}</dd>
        </div>
        {numbers.map(({ label, value }) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="flex flex-wrap items-center gap-3">
              <span className="font-mono text-2xl font-bold tracking-wider tabular-nums">{value}</span>
              <CopyButton value={value} what={label} />
            </dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="font-semibold">{t("howTo")}</h3>
        <ol className="ml-5 list-decimal space-y-1 text-sm">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
    </section>
  )
}
