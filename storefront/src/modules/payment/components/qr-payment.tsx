import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import { formatRupiah } from "@/lib/util/money"

type Props = { method: "qris" | "gopay" | "shopeepay"; qrString: string | null; qrCodeUrl: string | null; deeplinkUrl: string | null; amount: number }

/**
 * QRIS and e-wallets: the QR drawn here from the gateway's QR string, or,
 * for GoPay (whose charge gives no string), the QR image Midtrans draws at the
 * address its charge names; and the e-wallet's app link. With a QR to scan,
 * the app button shows on phones only (a computer has no app to open);
 * ShopeePay has no QR, so its button is always there.
 */
export async function QrPayment({ method, qrString, qrCodeUrl, deeplinkUrl, amount }: Props) {
  const t = await getTranslations("PendingPayment")
  const name = (await getTranslations("PaymentMethods"))(method)
  const svg = qrString ? await QRCode.toString(qrString, { type: "svg", errorCorrectionLevel: "M", margin: 2 }) : null
  // A data URL when we draw it (nothing to load from elsewhere); else the gateway's own image.
  const src = svg ? `data:image/svg+xml;utf8,${encodeURIComponent(svg)}` : qrCodeUrl
  if (!src && !deeplinkUrl) return <p role="alert">{t("noCode")}</p>
  return (
    <div className="space-y-4">
      {src ? (
        <figure className="space-y-2">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={src}
            alt={t("qrAlt", { method: name, amount: formatRupiah(amount) })}
            width={256}
            height={256}
            className="mx-auto block h-64 w-64 rounded-md border border-line bg-white sm:mx-0"
          />
          <figcaption className="text-sm text-muted">{t("qrHelp")}</figcaption>
        </figure>
      ) : null}
      {deeplinkUrl ? (
        <div className={src ? "md:hidden" : undefined}>
          <a href={deeplinkUrl} className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark">
            {t("openApp", { method: name })}
          </a>
          {src ? null : <p className="mt-2 hidden text-sm text-muted md:block">{t("openAppDesktop", { method: name })}</p>}
        </div>
      ) : null}
    </div>
  )
}
