import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PayAtOutletProvider } from "./service"

/** Registered as id "pay-at-outlet": Medusa names it pp_pay-at-outlet_pay-at-outlet. */
export const PAY_AT_OUTLET_PROVIDER_ID = "pp_pay-at-outlet_pay-at-outlet"

export default ModuleProvider(Modules.PAYMENT, { services: [PayAtOutletProvider] })
