import { isOwnKind, type OwnKind, type PaymentKind } from "@/lib/util/payment-options"

// Our own small badges in each brand's colour (no hotlinked logos, no
// trademarked artwork): the name is what the shopper reads, the colour what
// they recognise. Decorative: the label beside it carries the meaning.
const BADGES: Record<Exclude<PaymentKind, OwnKind>, { text: string; fill: string; ink: string }> = {
  qris: { text: "QRIS", fill: "#ffffff", ink: "#c8102e" },
  gopay: { text: "GoPay", fill: "#00aed6", ink: "#ffffff" },
  shopeepay: { text: "ShopeePay", fill: "#ee4d2d", ink: "#ffffff" },
  va_bca: { text: "BCA", fill: "#0060af", ink: "#ffffff" },
  va_bni: { text: "BNI", fill: "#005e6a", ink: "#f15a23" },
  va_bri: { text: "BRI", fill: "#00529c", ink: "#ffffff" },
  va_mandiri: { text: "mandiri", fill: "#003d79", ink: "#ffb700" },
}

export function MethodBadge({ kind }: { kind: PaymentKind }) {
  if (isOwnKind(kind)) return <GenericIcon kind={kind} />
  const badge = BADGES[kind]
  return (
    <svg aria-hidden="true" viewBox="0 0 72 28" className="h-7 w-[4.5rem] shrink-0" data-badge={kind}>
      <rect x="0.5" y="0.5" width="71" height="27" rx="5" fill={badge.fill} stroke="#d6d3d1" />
      <text x="36" y="18.5" textAnchor="middle" fontFamily="system-ui, sans-serif" fontWeight="700" fontSize={badge.text.length > 6 ? 11 : 13} fill={badge.ink}>
        {badge.text}
      </text>
    </svg>
  )
}

function GenericIcon({ kind }: { kind: OwnKind }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 72 28" className="h-7 w-[4.5rem] shrink-0" data-badge={kind}>
      <rect x="0.5" y="0.5" width="71" height="27" rx="5" fill="#ffffff" stroke="#d6d3d1" />
      {kind === "card" ? (
        <g fill="none" stroke="#57534e" strokeWidth="1.6">
          <rect x="24" y="6" width="24" height="16" rx="2" />
          <path d="M24 11h24M28 17h6" />
        </g>
      ) : kind === "pay_at_outlet" ? (
        // A shop front with an awning: paid in cash where it is collected.
        <g fill="none" stroke="#57534e" strokeWidth="1.6">
          <path d="M25 11h22l-2-5H27zM26 11v10h20V11M33 21v-6h6v6" />
        </g>
      ) : (
        <g fill="none" stroke="#57534e" strokeWidth="1.6">
          <path d="M25 11l11-5 11 5zM27 12v7M32 12v7M40 12v7M45 12v7M24 21h24" />
        </g>
      )}
    </svg>
  )
}
