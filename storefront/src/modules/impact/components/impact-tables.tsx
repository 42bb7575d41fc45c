import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { formatRupiah } from "@/lib/util/money"

/** A small table of figures; `—` stands for a withheld value. */
export function FigureTable({ head, rows, testId }: { head: string[]; rows: ReactNode[][]; testId?: string }) {
  return (
    // A phone is narrower than three columns of rupiah: the table scrolls inside its card, never past it.
    <div className="max-w-full overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b-2 border-line text-left">
            {head.map((h, i) => (
              <th key={h} scope="col" className={`px-1.5 py-2 sm:p-2 ${i ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-b border-line">
              {row.map((cell, i) =>
                i ? (
                  <td key={i} className="px-1.5 py-2 text-right whitespace-nowrap sm:p-2">
                    {cell}
                  </td>
                ) : (
                  <th key={i} scope="row" className="px-1.5 py-2 text-left font-normal sm:p-2">
                    {cell}
                  </th>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A rupiah amount or the word for a withheld one. */
export function Money({ amount }: { amount: number | null }) {
  const t = useTranslations("Impact")
  return <>{amount === null ? t("suppressed") : formatRupiah(amount)}</>
}
