"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { collectPickup } from "@/lib/data/outlet/pickup-actions"
import type { FormState } from "@/lib/data/form-state"
import { SubmitButton } from "@/modules/common/components/submit-button"

/** "Sudah dibayar Rp … & diambil": one tap hands the order over; a refusal is said next to the button. */
export function CollectPickupButton({ orderId, displayId, label }: { orderId: string; displayId: number; label: string }) {
  const t = useTranslations("OutletPickups")
  const [state, action, pending] = useActionState(collectPickup, {} satisfies FormState)
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="display_id" value={displayId} />
      <SubmitButton pending={pending} pendingLabel={label}>
        {label}
      </SubmitButton>
      {state.message ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {t(state.message as Parameters<typeof t>[0], { display_id: state.values?.display_id ?? displayId })}
        </p>
      ) : null}
    </form>
  )
}
