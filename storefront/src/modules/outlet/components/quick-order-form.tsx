"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { FormState } from "@/lib/data/form-state"
import { placeOutletOrder } from "@/lib/data/outlet/actions"
import type { OutletCatalogRow, OutletDeliveryFees } from "@/lib/types/outlet"
import { formatRupiah } from "@/lib/util/money"
import { FormNotice } from "@/modules/account/components/form-notice"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"

type Props = {
  rows: OutletCatalogRow[]
  minimumOrderValue: number
  termsDays: number
  /** Cartons per variant to start from (reorder). */
  prefill: Record<string, number>
  /** The backend's fee for each way of receiving the order, shown before it is placed. */
  deliveryFees: OutletDeliveryFees
}

type Delivery = "delivery" | "pickup"

const cartonsOf = (value: string | undefined) => {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : 0
}

/**
 * The quick-order grid: one row per SKU, quantities in cartons, a running
 * total against the minimum. The page only helps: the backend enforces the
 * cartons and the minimum and its refusal is shown as it came.
 */
export function QuickOrderForm({ rows, minimumOrderValue, termsDays, prefill, deliveryFees }: Props) {
  const t = useTranslations("OutletOrder")
  const [state, action] = useActionState(placeOutletOrder, {} as FormState)
  const formRef = useFocusFirstError(state)
  const initial = (variantId: string) => state.values?.[`cartons.${variantId}`] ?? (prefill[variantId] ? String(prefill[variantId]) : "")
  const [cartons, setCartons] = useState<Record<string, string>>(() => Object.fromEntries(rows.map((r) => [r.variantId, initial(r.variantId)])))
  const total = rows.reduce((sum, r) => sum + cartonsOf(cartons[r.variantId]) * r.caseUnits * r.unitPrice, 0)
  const [delivery, setDelivery] = useState<Delivery>(state.values?.delivery === "pickup" ? "pickup" : "delivery")
  const fee = deliveryFees[delivery]
  const feeText = (amount: number | null | undefined) => (amount === 0 ? t("free") : typeof amount === "number" ? formatRupiah(amount) : null)
  const errorText = (key?: string) => (key ? t(`errors.${key}` as "errors.required") : null)
  return (
    <form ref={formRef} action={action} key={state.attempt ?? 0} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="attempt" value={state.attempt ?? 0} />
      {state.message ? (
        <FormNotice tone="error">
          {t("refused")}
          {state.detail ? <span className="mt-1 block text-sm" data-testid="order-refusal">{state.detail}</span> : null}
        </FormNotice>
      ) : null}
      {state.errors?.items ? <FormNotice tone="error">{errorText(state.errors.items)}</FormNotice> : null}
      {/* Below md each row is a card (labels beside values, the carton field full width): no column off-screen on a phone. */}
      <div className="rounded-lg border border-line bg-white md:overflow-x-auto">
        <table className="block w-full text-left text-sm md:table">
          <thead className="hidden bg-sand md:table-header-group">
            <tr>
              <th className="px-3 py-2">{t("sku")}</th>
              <th className="px-3 py-2">{t("product")}</th>
              <th className="px-3 py-2">{t("carton")}</th>
              <th className="px-3 py-2 text-right">{t("unitPrice")}</th>
              <th className="px-3 py-2 text-right">{t("cartonPrice")}</th>
              <th className="px-3 py-2">{t("cartons")}</th>
              <th className="px-3 py-2 text-right">{t("lineTotal")}</th>
            </tr>
          </thead>
          <tbody className="block md:table-row-group">
            {rows.map((row) => {
              const name = `cartons.${row.variantId}`
              const error = state.errors?.[name]
              const n = cartonsOf(cartons[row.variantId])
              return (
                <tr
                  key={row.variantId}
                  className="grid grid-cols-2 gap-x-3 gap-y-1 border-t border-line p-3 first:border-t-0 md:table-row md:p-0 md:first:border-t"
                  data-sku={row.sku}
                >
                  <td className="col-span-2 font-mono text-xs md:table-cell md:px-3 md:py-2">{row.sku}</td>
                  <td className="col-span-2 font-semibold md:table-cell md:px-3 md:py-2 md:font-normal">
                    {row.productTitle}
                    {row.variantTitle && row.variantTitle !== "Default" ? <span className="text-muted"> — {row.variantTitle}</span> : null}
                  </td>
                  <td className="md:table-cell md:px-3 md:py-2">
                    <span className="block text-xs text-muted md:hidden">{t("carton")}</span>
                    {t("cartonUnits", { units: row.caseUnits })}
                  </td>
                  <td className="md:table-cell md:px-3 md:py-2 md:text-right">
                    <span className="block text-xs text-muted md:hidden">{t("unitPrice")}</span>
                    {formatRupiah(row.unitPrice)}
                  </td>
                  <td className="md:table-cell md:px-3 md:py-2 md:text-right">
                    <span className="block text-xs text-muted md:hidden">{t("cartonPrice")}</span>
                    {formatRupiah(row.unitPrice * row.caseUnits)}
                  </td>
                  <td className="md:table-cell md:px-3 md:py-2">
                    <span aria-hidden className="block text-xs text-muted md:hidden">
                      {t("cartons")}
                    </span>
                    <input type="hidden" name={`units.${row.variantId}`} value={row.caseUnits} />
                    <input
                      id={name}
                      name={name}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      aria-label={t("cartonsFor", { sku: row.sku })}
                      aria-invalid={error ? true : undefined}
                      value={cartons[row.variantId] ?? ""}
                      onChange={(e) => setCartons((c) => ({ ...c, [row.variantId]: e.target.value }))}
                      className={`w-20 rounded-md border-2 px-2 py-1 ${error ? "border-red-700" : "border-line"}`}
                    />
                    {error ? <p className="text-xs text-red-800">{errorText(error)}</p> : null}
                  </td>
                  <td className="col-span-2 md:table-cell md:px-3 md:py-2 md:text-right">
                    <span className="text-xs text-muted md:hidden">{t("lineTotal")}: </span>
                    {n ? formatRupiah(n * row.caseUnits * row.unitPrice) : "—"}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="text-right" aria-live="polite">
        <p>
          <span className="font-semibold">{t("estimate")}: </span>
          <span data-testid="order-estimate">{formatRupiah(total)}</span>
          <span className="block text-sm text-muted">{t("minimumNote", { minimum: formatRupiah(minimumOrderValue) })}</span>
        </p>
        <p>
          <span className="font-semibold">{t("deliveryFee")}: </span>
          <span data-testid="order-delivery-fee">{feeText(fee) ?? t("feeUnknown")}</span>
        </p>
        {typeof fee === "number" ? (
          <p className="text-lg font-semibold">
            {t("totalEstimate")}: <span data-testid="order-total-estimate">{formatRupiah(total + fee)}</span>
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="po_number" className="text-sm font-semibold">
            {t("poNumber")}
          </label>
          <input
            id="po_number"
            name="po_number"
            defaultValue={state.values?.po_number ?? ""}
            aria-invalid={state.errors?.po_number ? true : undefined}
            className={`rounded-md border-2 bg-white px-3 py-2 ${state.errors?.po_number ? "border-red-700" : "border-line"}`}
          />
          {state.errors?.po_number ? <p className="text-sm text-red-800">{errorText(state.errors.po_number)}</p> : null}
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-semibold">{t("delivery")}</legend>
          {(["delivery", "pickup"] as const).map((way) => (
            <label key={way} className="flex items-center gap-2">
              <input type="radio" name="delivery" value={way} checked={delivery === way} onChange={() => setDelivery(way)} />
              {t(way === "delivery" ? "deliverToOutlet" : "pickup")}
              {feeText(deliveryFees[way]) ? <span className="text-muted">· {feeText(deliveryFees[way])}</span> : null}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="text-sm text-muted">{t("payment", { days: termsDays })}</p>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  )
}
