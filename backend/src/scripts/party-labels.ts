// Labels for ledger-verify's report: the only reader that names parties of arbitrary entries;
// routes read party names through the ledger entry links (see order-revenue-view.ts).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../modules/production"
import type { ProductionModuleService } from "../modules/production/service"

type Party = { party_type: string; party_id: string }

/**
 * A readable name per party: a participant's code (never the display name, so
 * labels are safe wherever an entry is shown), the cohort's name (material
 * fund, and "Fasilitas …" for the facility share it settles), the outlet
 * channel's name, "Platform". One read per kind of party.
 */
export async function partyLabels(container: MedusaContainer, parties: Party[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(parties.filter((p) => p.party_type === type).map((p) => p.party_id))]
  const labels = new Map<string, string>()
  const participantIds = ids("participant")
  if (participantIds.length) {
    const rows = await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).listParticipants({ id: participantIds }, { select: ["id", "code"] })
    for (const p of rows) labels.set(`participant:${p.id}`, p.code)
  }
  const cohortIds = [...new Set([...ids("cohort"), ...ids("facility")])]
  if (cohortIds.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cohort", fields: ["id", "name", "facility_name"], filters: { id: cohortIds } })
    for (const c of data as { id: string; name: string; facility_name: string }[]) {
      labels.set(`cohort:${c.id}`, c.name)
      labels.set(`facility:${c.id}`, c.facility_name)
    }
  }
  const outletIds = ids("outlet")
  if (outletIds.length) {
    const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: outletIds }, { select: ["id", "name"] })
    for (const c of channels) labels.set(`outlet:${c.id}`, c.name)
  }
  labels.set("platform:platform", "Platform")
  return labels
}

export const labelOf = (labels: Map<string, string>, p: Party) => labels.get(`${p.party_type}:${p.party_id}`) ?? p.party_id
