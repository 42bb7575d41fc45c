import { useTranslations } from "next-intl"
import type { StorePickupOutlet } from "@karya-binaan/contract"
import { PickupOutletCard } from "./pickup-outlet-card"

/**
 * The outlets to collect at, inside the delivery form. Shown only while the
 * pickup option is checked (the form's :has() rule in DeliveryForm), so it
 * works without JavaScript too; the server refuses a pickup without one.
 */
export function PickupOutletChoice({ outlets, selectedId, invalid }: { outlets: StorePickupOutlet[]; selectedId: string | null; invalid: boolean }) {
  const t = useTranslations("Pickup")
  return (
    <fieldset data-pickup-outlets aria-invalid={invalid ? true : undefined} className="hidden space-y-2 rounded-md border border-line bg-sand p-3">
      <legend className="px-1 text-sm font-semibold">{t("chooseOutlet")}</legend>
      <p className="text-sm text-muted">{t("chooseOutletHint")}</p>
      {outlets.map((outlet) => (
        <label key={outlet.id} className="flex cursor-pointer gap-3 rounded-md border-2 border-line bg-white p-3 has-checked:border-maroon">
          <input
            type="radio"
            name="pickup_outlet_id"
            value={outlet.id}
            defaultChecked={outlet.id === selectedId || outlets.length === 1}
            className="mt-1 accent-maroon"
            aria-label={outlet.name}
          />
          <PickupOutletCard outlet={outlet} />
        </label>
      ))}
    </fieldset>
  )
}
