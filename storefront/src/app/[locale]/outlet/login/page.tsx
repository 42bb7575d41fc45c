import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getOutletSession } from "@/lib/data/outlet/session"
import { leaveLoginPage } from "@/lib/data/portal-auth"
import { privatePageMetadata } from "@/lib/private-metadata"
import { safeNextPath } from "@/lib/util/next-path"
import { OUTLET_PORTAL } from "@/modules/outlet/portal"
import type { LoginParams } from "@/modules/portal/portal"
import { LoginTemplate } from "@/modules/portal/templates/login-template"

type Props = { searchParams: Promise<LoginParams> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/login", (await getTranslations("OutletLogin"))("title"))
}

export default async function OutletLoginPage({ searchParams }: Props) {
  const [params, session] = await Promise.all([searchParams, getOutletSession()])
  const next = safeNextPath(params.next) ?? undefined
  if (session) await leaveLoginPage(OUTLET_PORTAL, next)
  return <LoginTemplate portal={OUTLET_PORTAL} next={next} params={params} />
}
