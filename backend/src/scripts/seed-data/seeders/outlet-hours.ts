import type { MedusaContainer } from "@medusajs/framework/types"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import { OUTLET_OPENING_HOURS } from "../outlet-hours"

/** Gives demo outlets without hours their pickup hours (databases seeded before pickup too). Returns how many. */
export async function seedOutletHours(container: MedusaContainer): Promise<number> {
  const service = container.resolve<OutletModuleService>(OUTLET_MODULE)
  const outlets = await service.listOutlets({ handle: Object.keys(OUTLET_OPENING_HOURS) }, { select: ["id", "handle", "opening_hours"] })
  const missing = outlets.filter((o) => !o.opening_hours)
  for (const outlet of missing) {
    await service.updateOutlets({ id: outlet.id, opening_hours: OUTLET_OPENING_HOURS[outlet.handle] as unknown as Record<string, unknown> })
  }
  return missing.length
}
