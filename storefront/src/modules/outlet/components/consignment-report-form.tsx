"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { FormState } from "@/lib/data/form-state"
import { reportConsignmentSales } from "@/lib/data/outlet/actions"
import { FormNotice } from "@/modules/account/components/form-notice"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"

type Product = { variantId: string; sku: string; title: string; open: number }

/** Units sold per product for a period; the backend checks them against what is consigned. */
export function ConsignmentReportForm({ products, today }: { products: Product[]; today: string }) {
  const t = useTranslations("OutletConsignment")
  const [state, action] = useActionState(reportConsignmentSales, {} as FormState)
  const formRef = useFocusFirstError(state)
  const err = (key: string) => (state.errors?.[key] ? t(`errors.${state.errors[key]}` as "errors.date") : null)
  return (
    <form ref={formRef} action={action} key={state.attempt ?? 0} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="attempt" value={state.attempt ?? 0} />
      {state.message ? (
        <FormNotice tone="error">
          {t("refused")}
          {state.detail ? <span className="mt-1 block text-sm" data-testid="report-refusal">{state.detail}</span> : null}
        </FormNotice>
      ) : null}
      {state.errors?.lines ? <FormNotice tone="error">{err("lines")}</FormNotice> : null}
      <div className="flex flex-wrap gap-4">
        {(["period_start", "period_end"] as const).map((name) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={name} className="text-sm font-semibold">
              {t(name)}
            </label>
            <input
              id={name}
              name={name}
              type="date"
              max={today}
              defaultValue={state.values?.[name] ?? today}
              aria-invalid={state.errors?.[name] ? true : undefined}
              className="rounded-md border-2 border-line bg-white px-3 py-2"
            />
            {err(name) ? <p className="text-sm text-red-800">{err(name)}</p> : null}
          </div>
        ))}
      </div>
      <table className="w-full text-left text-sm">
        <thead className="bg-sand">
          <tr>
            <th className="px-3 py-2">SKU</th>
            <th className="px-3 py-2">{t("product")}</th>
            <th className="px-3 py-2 text-right">{t("open")}</th>
            <th className="px-3 py-2">{t("sold")}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.variantId} className="border-t border-line">
              <td className="px-3 py-2 font-mono text-xs">{p.sku}</td>
              <td className="px-3 py-2">{p.title}</td>
              <td className="px-3 py-2 text-right">{p.open}</td>
              <td className="px-3 py-2">
                <input
                  name={`sold.${p.variantId}`}
                  type="number"
                  min={0}
                  max={p.open}
                  step={1}
                  inputMode="numeric"
                  aria-label={t("soldFor", { sku: p.sku })}
                  defaultValue={state.values?.[`sold.${p.variantId}`] ?? ""}
                  className="w-24 rounded-md border-2 border-line px-2 py-1"
                />
                {err(`sold.${p.variantId}`) ? <p className="text-xs text-red-800">{err(`sold.${p.variantId}`)}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-muted">{t("settlement")}</p>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  )
}
