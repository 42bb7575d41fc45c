import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getCoordinator } from "@/lib/data/coordinator/session"
import { leaveLoginPage } from "@/lib/data/portal-auth"
import { privatePageMetadata } from "@/lib/private-metadata"
import { safeNextPath } from "@/lib/util/next-path"
import { COORDINATOR_PORTAL } from "@/modules/coordinator/portal"
import type { LoginParams } from "@/modules/portal/portal"
import { LoginTemplate } from "@/modules/portal/templates/login-template"

type Props = { searchParams: Promise<LoginParams> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/login", (await getTranslations("CoordinatorLogin"))("title"))
}

export default async function CoordinatorLoginPage({ searchParams }: Props) {
  const [params, coordinator] = await Promise.all([searchParams, getCoordinator()])
  const next = safeNextPath(params.next) ?? undefined
  if (coordinator) await leaveLoginPage(COORDINATOR_PORTAL, next)
  return <LoginTemplate portal={COORDINATOR_PORTAL} next={next} params={params} />
}
