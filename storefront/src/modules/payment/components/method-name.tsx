import { useTranslations } from "next-intl"
import { isOwnKind, type PaymentKind } from "@/lib/util/payment-options"
import { MethodBadge } from "./method-badge"

/**
 * A payment method's badge, name and one-line hint, as the payment step lists
 * it. Bank transfer, card and pay-at-outlet keep their words in "Checkout"; the gateway's
 * methods have theirs in "PaymentMethods".
 */
export function MethodName({ kind, hint = true }: { kind: PaymentKind; hint?: boolean }) {
  const checkout = useTranslations("Checkout")
  const gateway = useTranslations("PaymentMethods")
  const name = isOwnKind(kind) ? checkout(`payment.${kind}`) : gateway(kind)
  const help = isOwnKind(kind) ? checkout(`payment.${kind}Hint`) : gateway(`${kind}Hint`)
  return (
    <span className="flex items-start gap-3">
      <MethodBadge kind={kind} />
      <span>
        <span className="block font-semibold">{name}</span>
        {hint ? <span className="block text-sm text-muted">{help}</span> : null}
      </span>
    </span>
  )
}

/** Just the method's name, for summaries and order pages. */
export function useMethodLabel(): (kind: PaymentKind) => string {
  const checkout = useTranslations("Checkout")
  const gateway = useTranslations("PaymentMethods")
  return (kind) => (isOwnKind(kind) ? checkout(`payment.${kind}`) : gateway(kind))
}
