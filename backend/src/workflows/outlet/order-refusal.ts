import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../lib/refusal"
import { formatRupiah } from "../../lib/rupiah"
import type { OutletOrderProblem } from "../../modules/outlet/order-terms"

/** A problem in Indonesian, for the error's message (API clients, logs). */
export function describeOutletOrderProblem(problem: OutletOrderProblem): string {
  return problem.code === "case_pack"
    ? `${problem.product_title} dijual per karton isi ${problem.units}`
    : `Pesanan minimum ${formatRupiah(problem.minimum)}; kurang ${formatRupiah(problem.short)}`
}

/** The 400 an order with problems gets: Indonesian message, problems for the portal. */
export function outletOrderRefusal(problems: OutletOrderProblem[]) {
  return refusal(MedusaError.Types.INVALID_DATA, problems, problems.map(describeOutletOrderProblem).join(". "))
}
