"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState, type ReactNode } from "react"
import { Link, useRouter } from "@/i18n/navigation"
import { pollPayment, type PaymentPoll } from "@/lib/data/pending-payment-actions"

const POLL_MS = 3000

type Props = { cartId: string; expiresAt: string | null; children: ReactNode }

/**
 * Follows the payment by itself: asks the backend every few seconds and opens
 * the order's confirmation page once the gateway's notification has made the
 * cart an order. An expired or refused payment hides the instructions and
 * offers another way to pay; the cart is still there.
 */
export function PaymentFollower({ cartId, expiresAt, children }: Props) {
  const t = useTranslations("PendingPayment")
  const router = useRouter()
  const [status, setStatus] = useState<PaymentPoll["status"]>("pending")
  const [deadline, setDeadline] = useState(expiresAt)
  const [overdue, setOverdue] = useState(false)
  const [reason, setReason] = useState<PaymentPoll["reason"]>(null)

  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    async function ask() {
      const answer = await pollPayment(cartId).catch((): PaymentPoll => ({ status: "unknown", orderId: null, expiresAt: null, reason: null }))
      if (stopped) return
      if (answer.expiresAt) setDeadline(answer.expiresAt)
      if (answer.status !== "unknown") setStatus(answer.status)
      setReason(answer.reason)
      if (answer.status === "paid" && answer.orderId) {
        router.replace({ pathname: "/orders/[id]/confirmed", params: { id: answer.orderId } })
        return
      }
      if (answer.status === "pending" || answer.status === "unknown") timer = setTimeout(ask, POLL_MS)
    }
    void ask()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [cartId, router])

  // The gateway's expiry notice may come late: past the deadline the code no longer works anyway.
  useEffect(() => {
    if (!deadline) return
    const left = Date.parse(deadline) - Date.now()
    if (left <= 0) return setOverdue(true)
    const timer = setTimeout(() => setOverdue(true), left)
    return () => clearTimeout(timer)
  }, [deadline])

  const ended = status === "expired" || status === "failed" || (overdue && status !== "paid")
  if (ended) {
    return (
      <div role="alert" className="space-y-3 rounded-lg border-2 border-maroon bg-white p-4">
        <h2 className="font-serif text-xl font-semibold">{t(status === "failed" ? "failedTitle" : "expiredTitle")}</h2>
        <p>{status === "failed" ? t(reason === "out_of_stock" ? "outOfStock" : reason === "already_paid" ? "alreadyPaid" : "failed") : t("expired")}</p>
        <Link
          href={{ pathname: "/checkout", query: { step: "payment" } }}
          className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark"
        >
          {t("payAnotherWay")}
        </Link>
      </div>
    )
  }
  return (
    <div className="space-y-6">
      <p role="status" className="rounded-md bg-sand p-3 text-sm">
        {status === "paid" ? t("paid") : t("waiting")}
      </p>
      {children}
    </div>
  )
}
