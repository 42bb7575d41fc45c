import { Button } from "@medusajs/ui"
import { impactReportUrl, type ImpactQuery } from "../../hooks/api/impact"
import { useKaryaTranslation } from "../../lib/i18n"

/**
 * The sponsor report for what the page shows: PDF, CSV and XLSX from the
 * backend (plain links: the browser sends the Admin session cookie), and the
 * browser's print of this page.
 */
export const ReportDownloads = ({ query }: { query: ImpactQuery }) => {
  const { t } = useKaryaTranslation()
  return (
    <div className="flex flex-wrap items-center gap-2" data-print="hide">
      <Button size="small" variant="secondary" asChild>
        <a href={impactReportUrl("pdf", query)} download>
          {t("impact.download.pdf")}
        </a>
      </Button>
      <Button size="small" variant="secondary" asChild>
        <a href={impactReportUrl("csv", query)} download>
          {t("impact.download.csv")}
        </a>
      </Button>
      <Button size="small" variant="secondary" asChild>
        <a href={impactReportUrl("xlsx", query)} download>
          {t("impact.download.xlsx")}
        </a>
      </Button>
      <Button size="small" variant="secondary" onClick={() => window.print()}>
        {t("impact.download.print")}
      </Button>
    </div>
  )
}
