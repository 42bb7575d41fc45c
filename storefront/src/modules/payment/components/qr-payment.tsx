import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import { formatRupiah } from "@/lib/util/money"

type Props = { method: "qris" | "gopay" | "shopeepay"; qrString: string | null; deeplinkUrl: string | null; amount: number }

/**
 * QRIS and e-wallets: the QR drawn here from the gateway's QR string (never
 * an image fetched from the gateway), and the e-wallet's app link. With a QR
 * to scan, the app button shows on phones only (a computer has no app to
 * open); ShopeePay has no QR, so its button is always there.
 */
export async function QrPayment({ method, qrString, deeplinkUrl, amount }: Props) {
  const t = await getTranslations("PendingPayment")
  const name = (await getTranslations("PaymentMethods"))(method)
  const svg = qrString ? await QRCode.toString(qrString, { type: "svg", errorCorrectionLevel: "M", margin: 2 }) : null
  if (!svg && !deeplinkUrl) return <p role="alert">{t("noCode")}</p>
  return (
    <div className="space-y-4">
      {svg ? (
        <figure className="space-y-2">
          {/* A data URL: the QR is ours, drawn on the server, nothing to load from elsewhere. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
            alt={t("qrAlt", { method: name, amount: formatRupiah(amount) })}
            width={256}
            height={256}
            className="mx-auto block h-64 w-64 rounded-md border border-line bg-white sm:mx-0"
          />
          <figcaption className="text-sm text-muted">{t("qrHelp")}</figcaption>
        </figure>
      ) : null}
      {deeplinkUrl ? (
        <div className={svg ? "md:hidden" : undefined}>
          <a href={deeplinkUrl} className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark">
            {t("openApp", { method: name })}
          </a>
          {svg ? null : <p className="mt-2 hidden text-sm text-muted md:block">{t("openAppDesktop", { method: name })}</p>}
        </div>
      ) : null}
    </div>
  )
}
