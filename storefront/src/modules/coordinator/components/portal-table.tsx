import type { ReactNode } from "react"

export type PortalColumn = { header: ReactNode; align?: "right" }

/**
 * The portal's table: a caption for screen readers, a header row, and rows the
 * caller renders; on phones it scrolls sideways instead of squeezing.
 */
export function PortalTable({ caption, columns, children }: { caption: string; columns: PortalColumn[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sand">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.align === "right" ? "p-2 text-right" : "p-2"}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
