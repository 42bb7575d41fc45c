import { clx, Table } from "@medusajs/ui"
import type { ComponentProps } from "react"

/**
 * A Medusa UI table in a box that scrolls sideways. Admin's layout lets a page
 * grow as wide as its widest child: a table of five or six columns on a 390 px
 * phone pushed the whole page past the screen and cut its left side off. In
 * this box the table scrolls alone, its columns at a readable width; from a
 * laptop up it is as wide as the page and nothing scrolls. Use Table.Header,
 * Table.Row and the rest inside it as usual.
 */
export const WideTable = ({ className, ...props }: ComponentProps<typeof Table>) => (
  <div className="overflow-x-auto">
    <Table className={clx("min-w-[640px]", className)} {...props} />
  </div>
)
