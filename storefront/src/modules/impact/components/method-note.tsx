import { useTranslations } from "next-intl"

/** How the figures are counted: who is a beneficiary, what counts as income, how small groups are withheld. */
export function MethodNote({ minGroup }: { minGroup: number }) {
  const t = useTranslations("Impact")
  return (
    <section aria-labelledby="impact-method" className="rounded-lg border border-line bg-sand/60 p-4 text-sm leading-relaxed">
      <h2 id="impact-method" className="mb-2 text-lg font-semibold">
        {t("methodTitle")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t("methodBeneficiary")}</li>
        <li>{t("methodIncome")}</li>
        <li>{t("methodKemandirian")}</li>
        <li>{t("methodSuppression", { min: minGroup })}</li>
      </ul>
    </section>
  )
}
