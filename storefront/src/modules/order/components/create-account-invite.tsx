import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** Under a guest's confirmation: register with this order's details filled in. */
export async function CreateAccountInvite({ orderId }: { orderId: string }) {
  const t = await getTranslations("Order")
  return (
    <section aria-labelledby="create-account" className="rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id="create-account" className="text-lg font-semibold">
        {t("createAccountTitle")}
      </h2>
      <p className="mt-1">{t("createAccountBody")}</p>
      <Link
        href={{ pathname: "/account/register", query: { order: orderId } }}
        className="mt-3 inline-block font-semibold text-maroon underline underline-offset-4"
      >
        {t("createAccountLink")}
      </Link>
    </section>
  )
}
