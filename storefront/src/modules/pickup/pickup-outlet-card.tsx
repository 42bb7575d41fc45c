import { useLocale, useTranslations } from "next-intl"
import type { StorePickupOutlet } from "@karya-binaan/contract"
import { formatOpeningHours } from "@/lib/util/opening-hours"
import { provinceLabel } from "@/lib/util/provinces"

/** Where and when a shopper collects: the outlet's name, address, opening hours and phone. */
export function PickupOutletCard({ outlet, headingLevel = "p" }: { outlet: StorePickupOutlet; headingLevel?: "p" | "h3" }) {
  const t = useTranslations("Pickup")
  const locale = useLocale()
  const hours = formatOpeningHours(outlet.opening_hours, locale)
  const Name = headingLevel
  return (
    <div className="text-sm" data-testid="pickup-outlet">
      <Name className="font-semibold">{outlet.name}</Name>
      <address className="not-italic">
        {outlet.address_1}
        {outlet.address_2 ? (
          <>
            <br />
            {outlet.address_2}
          </>
        ) : null}
        <br />
        {[outlet.city, provinceLabel(outlet.province), outlet.postal_code].filter(Boolean).join(", ")}
      </address>
      <p className="mt-1">
        <span className="font-semibold">{t("hours")}: </span>
        {hours.length ? hours.join("; ") : t("hoursUnknown")}
      </p>
      <p>{t("phone", { phone: outlet.contact_phone })}</p>
    </div>
  )
}
