import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/**
 * A confirmation page opened without the right to read it (another browser, a
 * shared link, a guessed id): still a 404, since whether the order exists is
 * not told, but the way to the order is shown: the lookup by number and email,
 * or logging in.
 */
export default function OrderNotShown() {
  const t = useTranslations("OrderLookup")
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16">
      <h1 className="text-3xl font-semibold">{t("notShownTitle")}</h1>
      <p className="text-muted">{t("notShownBody")}</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link href="/orders/lookup" className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white">
          {t("notShownTrack")}
        </Link>
        <Link href="/account/login" className="font-semibold text-maroon underline underline-offset-4">
          {t("notShownLogin")}
        </Link>
      </div>
    </div>
  )
}
