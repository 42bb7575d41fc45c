"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { remainingTime } from "@/lib/util/remaining-time"

/** Time left to pay, ticking each second; "0:00" once the deadline has passed. */
export function Countdown({ expiresAt }: { expiresAt: string }) {
  const t = useTranslations("PendingPayment")
  // The server renders no time (its clock and the shopper's differ); the first tick fills it in.
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  if (now === null) return null
  return (
    <span className="tabular-nums" data-testid="countdown">
      {t("timeLeft", { time: remainingTime(expiresAt, now) })}
    </span>
  )
}
