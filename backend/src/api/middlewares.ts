import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCohortMiddlewares } from "./admin/cohorts/middlewares"
import { adminProductMiddlewares } from "./admin/products/middlewares"
import { storeCohortMiddlewares } from "./store/cohorts/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeCohortMiddlewares,
    ...storeProductMiddlewares,
    ...adminCohortMiddlewares,
    ...adminProductMiddlewares,
  ],
})
