"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestGuestOrders, type GuestOrderRequestState } from "@/lib/data/guest-order-actions"
import type { GuestOrderCounts } from "@/lib/data/guest-orders"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { FormNotice } from "./form-notice"

/** Offers to attach the orders placed without an account with this email; each is confirmed from the mailbox. */
export function GuestOrdersOffer({ counts, email }: { counts: GuestOrderCounts; email: string }) {
  const t = useTranslations("GuestOrders")
  const [state, action] = useActionState(requestGuestOrders, { status: "idle" } as GuestOrderRequestState)
  if (state.status === "sent") return <FormNotice tone="success">{t("sent", { email })}</FormNotice>
  if (!counts.attachable && !counts.awaiting) return null
  return (
    <section aria-labelledby="guest-orders" className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id="guest-orders" className="text-lg font-semibold">
        {t("offerTitle")}
      </h2>
      {counts.attachable > 0 && (
        <form action={action} className="mt-2 flex flex-col items-start gap-3">
          <p>{t("offer", { count: counts.attachable, email })}</p>
          {state.status === "failed" && <FormNotice tone="error">{t("failed")}</FormNotice>}
          <SubmitButton pendingLabel={t("sending")}>{t("attach")}</SubmitButton>
        </form>
      )}
      {counts.awaiting > 0 && <p className="mt-2">{t("awaiting", { count: counts.awaiting, email })}</p>}
    </section>
  )
}
