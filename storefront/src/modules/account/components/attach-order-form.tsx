"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { acceptOrderTransfer, type AttachOrderState } from "@/lib/data/guest-order-actions"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { FormNotice } from "./form-notice"

const linkClass = "font-semibold text-maroon underline underline-offset-4"

/** The button that confirms attaching an order (the emailed token travels in the form). */
export function AttachOrderForm({ order, token, loggedIn }: { order: string; token: string; loggedIn: boolean }) {
  const t = useTranslations("GuestOrders")
  const [state, action] = useActionState(acceptOrderTransfer, { status: "idle" } as AttachOrderState)
  if (state.status === "accepted") {
    return (
      <div className="flex flex-col items-start gap-3">
        <FormNotice tone="success">
          {t("accepted", { number: state.displayId ?? "" })} {state.addressSaved ? t("addressSaved") : ""}
        </FormNotice>
        {loggedIn ? (
          <Link href="/account/orders" className={linkClass}>
            {t("toOrders")}
          </Link>
        ) : (
          <Link href={{ pathname: "/account/login", query: { next: "/account/orders" } }} className={linkClass}>
            {t("toLogin")}
          </Link>
        )}
      </div>
    )
  }
  return (
    <form action={action} className="flex flex-col items-start gap-4">
      <input type="hidden" name="order" value={order} />
      <input type="hidden" name="token" value={token} />
      {state.status === "invalid" && <FormNotice tone="error">{t("invalid")}</FormNotice>}
      <SubmitButton pendingLabel={t("sending")}>{t("confirm")}</SubmitButton>
    </form>
  )
}
