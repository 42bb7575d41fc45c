import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { pageCount, pageTarget } from "./catalog-params"

/**
 * How many pages a portal list has, after sending an address for a page that
 * is not there (?page=abc, 0, past the end) to the first or the last page.
 * Portal pages render per request for one person, so the redirect is safe.
 */
export async function keepOnListPage(
  asked: string | string[] | undefined,
  count: number,
  pageSize: number,
  hrefFor: (page: number) => Parameters<typeof redirect>[0]["href"]
): Promise<number> {
  const totalPages = pageCount(count, pageSize)
  const { redirectTo } = pageTarget(asked, totalPages)
  if (redirectTo !== null) redirect({ href: hrefFor(redirectTo), locale: await getLocale() })
  return totalPages
}
