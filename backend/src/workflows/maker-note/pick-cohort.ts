import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../lib/refusal"

type Cohort = { id: string; name: string }

/**
 * Which of the order's cohorts a note goes to: the only one, or the one the
 * buyer named. Refusals name the choices, so the sender can pick.
 */
export function pickNoteCohort(cohorts: Cohort[], wanted?: string): string {
  const distinct = [...new Map(cohorts.map((c) => [c.id, c])).values()]
  if (!distinct.length) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "note_no_cohort" }], "Produk pesanan ini bukan buatan kohort binaan: tidak ada yang bisa diberi ucapan. / No cohort made this order's products.")
  }
  const choices = distinct.map((c) => `${c.name} (${c.id})`).join(", ")
  if (wanted) {
    if (distinct.some((c) => c.id === wanted)) return wanted
    throw refusal(MedusaError.Types.INVALID_DATA, [{ code: "note_cohort_not_in_order", cohorts: distinct.map((c) => c.id) }], `cohort_id bukan kohort pembuat pesanan ini; pilih salah satu: ${choices}. / cohort_id is not one of this order's cohorts.`)
  }
  if (distinct.length > 1) {
    throw refusal(MedusaError.Types.INVALID_DATA, [{ code: "note_cohort_required", cohorts: distinct.map((c) => c.id) }], `Pesanan ini dari beberapa kohort: kirim cohort_id salah satu dari ${choices}. / This order spans several cohorts: send the cohort_id of one.`)
  }
  return distinct[0].id
}
