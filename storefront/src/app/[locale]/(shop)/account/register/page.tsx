import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { Link, redirect } from "@/i18n/navigation"
import { getCustomer } from "@/lib/data/customer"
import { getOrder } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/private-metadata"
import { safeNextPath } from "@/lib/util/next-path"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { RegisterForm } from "@/modules/account/components/register-form"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

type Props = { searchParams: Promise<{ next?: string; order?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/account/register", (await getTranslations("Register"))("metaTitle"))
}

export default async function RegisterPage({ searchParams }: Props) {
  const [params, t, locale, customer] = await Promise.all([searchParams, getTranslations("Register"), getLocale(), getCustomer()])
  if (customer) redirect({ href: "/account", locale })
  const next = safeNextPath(params.next) ?? undefined
  // Right after a guest checkout: the order this browser placed fills in who is registering (its access cookie proves it).
  const order = typeof params.order === "string" && /^order_\w+$/.test(params.order) ? await getOrder(params.order) : null
  const address = order?.shippingAddress
  const initial = order?.email
    ? { email: order.email, first_name: address?.first_name ?? "", last_name: address?.last_name ?? "", phone: address?.phone ?? "" }
    : undefined
  return (
    <AuthTemplate
      title={t("title")}
      intro={t("intro")}
      footer={
        <p>
          {t("haveAccount")}{" "}
          <Link
            href={{ pathname: "/account/login", query: next ? { next } : {} }}
            className="font-semibold text-maroon underline underline-offset-4"
          >
            {t("loginLink")}
          </Link>
        </p>
      }
    >
      <ClientMessages sections={["Address", "AccountForm"]}>
        <RegisterForm next={next} initial={initial} />
      </ClientMessages>
    </AuthTemplate>
  )
}
