import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getAuthToken } from "@/lib/data/cookies"

/**
 * "Masuk" for visitors, "Akun saya" once logged in. It only looks at the
 * login cookie (no backend call on every page): an expired login is caught
 * by the account page, which sends the person to log in again.
 */
export async function AccountLink() {
  const [t, token] = await Promise.all([getTranslations("AccountLink"), getAuthToken()])
  return (
    <Link
      href={token ? "/account" : "/account/login"}
      className="rounded-full px-3 py-1.5 text-sm font-semibold text-maroon underline-offset-4 hover:underline"
    >
      {token ? t("account") : t("login")}
    </Link>
  )
}
