import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { jakartaDay } from "../../../lib/jakarta-time"
import type { RuleBucket } from "../../../modules/revenue-share/allocation"
import { bucketProblems, isOutletChannel } from "../../../modules/revenue-share/rules"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { REVENUE_SHARE_MODULE } from "../../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../../modules/revenue-share/service"
import type { RuleScopeInput } from "../types"

export const validateRevenueShareRuleStepId = "validate-revenue-share-rule"

export type ValidateRuleInput = RuleScopeInput & {
  /** Set when an existing rule is edited (it must not have been used). */
  rule_id?: string
  effective_from: Date
  buckets: RuleBucket[]
}

export const RULE_USED_MESSAGE =
  "Aturan ini sudah dipakai untuk membagi penjualan dan tidak bisa diubah. Buat versi baru yang berlaku mulai tanggal tertentu."

/**
 * Checks a rule before it is written: a used rule is never edited (409), the
 * cohort and channel exist, the buckets sum to 10,000 with an outlet bucket
 * only on an outlet channel, no other version of the scope starts the same
 * moment, and it does not start before sales already allocated in its scope
 * (that would rewrite which rule applied to allocated history).
 */
export const validateRevenueShareRuleStep = createStep(
  validateRevenueShareRuleStepId,
  async (input: ValidateRuleInput, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    if (input.rule_id) {
      if ((await ledger.rulesInUse([input.rule_id])).size) {
        throw new MedusaError(MedusaError.Types.CONFLICT, RULE_USED_MESSAGE)
      }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (input.cohort_id) {
      const { data } = await query.graph({ entity: "cohort", fields: ["id"], filters: { id: input.cohort_id } })
      if (!data.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Kohort ${input.cohort_id} tidak ditemukan.`)
    }
    let outletChannel = false
    if (input.sales_channel_id) {
      const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: input.sales_channel_id }, { select: ["id", "metadata"] })
      if (!channel) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Kanal penjualan ${input.sales_channel_id} tidak ditemukan.`)
      outletChannel = isOutletChannel(channel.metadata)
    }
    const problems = bucketProblems(input.buckets, { outletChannel })
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))

    const rules = container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE)
    const clash = await rules.listRevenueShareRules({
      cohort_id: input.cohort_id,
      sales_channel_id: input.sales_channel_id,
      effective_from: input.effective_from,
    })
    const other = clash.find((r) => r.id !== input.rule_id)
    if (other) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Versi ${other.version} pada lingkup yang sama sudah berlaku mulai ${jakartaDay(input.effective_from)}: pilih tanggal berlaku lain.`
      )
    }
    const [later] = await ledger.listLedgerEntries(
      {
        kind: "allocation",
        occurred_at: { $gte: input.effective_from },
        ...(input.cohort_id ? { cohort_id: input.cohort_id } : {}),
        ...(input.sales_channel_id ? { sales_channel_id: input.sales_channel_id } : {}),
      },
      { take: 1, select: ["id", "occurred_at"], order: { occurred_at: "DESC" } }
    )
    if (later) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Penjualan dalam lingkup ini sudah dibagi sampai ${jakartaDay(later.occurred_at)}: versi baru harus berlaku sesudah tanggal itu (riwayat yang sudah dibagi tidak diubah).`
      )
    }
    return new StepResponse(undefined)
  }
)
