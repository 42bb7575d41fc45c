import type { ReactNode } from "react"
import type { CohortOrder } from "@/lib/types/coordinator"
import { OrderCard } from "./order-card"

/** One stage of the cohort's orders (to pack, awaiting payment, shipped) under its heading; `empty` when there are none. */
export function OrderSection({ id, title, orders, cohortId, empty, className }: { id: string; title: string; orders: CohortOrder[]; cohortId: string; empty?: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {orders.length ? (
        <div className="grid gap-4">
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} cohortId={cohortId} />
          ))}
        </div>
      ) : (
        empty
      )}
    </section>
  )
}
