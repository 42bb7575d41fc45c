import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getStatement } from "@/lib/data/coordinator/payouts"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { PrintButton } from "@/modules/portal/components/print-button"
import { StatementDocument } from "@/modules/coordinator/components/statement-document"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return privatePageMetadata({ pathname: "/coordinator/statements/[id]/print", params: { id } }, (await getTranslations("CoordinatorStatements"))("title"))
}

/**
 * The statement on paper. The document is always Indonesian (the facility's
 * records are); only the buttons, hidden in print, follow the portal's language.
 */
export default async function StatementPrintPage({ params }: Props) {
  const { id } = await params
  await requireCohort({ pathname: "/coordinator/statements/[id]/print", params: { id } })
  const [t, statement] = await Promise.all([getTranslations("StatementDocument"), getStatement(id)])
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 print:max-w-none print:p-0">
      <div className="mb-4 flex items-center gap-6 print:hidden">
        <PrintButton label={t("printButton")} />
        <Link href={{ pathname: "/coordinator/statements/[id]", params: { id } }} className="text-sm font-semibold text-maroon underline underline-offset-4">
          {t("back")}
        </Link>
      </div>
      <StatementDocument statement={statement} lines={statement.lines} locale="id" />
    </div>
  )
}
