import { Module } from "@medusajs/framework/utils"
import { SearchModuleService } from "./service"

// Not "search": Medusa 2.21 reserves that key for its own search module (medusa db:migrate looks it up).
export const SEARCH_MODULE = "product_search"

export default Module(SEARCH_MODULE, { service: SearchModuleService })
