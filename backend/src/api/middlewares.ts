import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCohortMiddlewares } from "./admin/cohorts/middlewares"
import { adminProductMiddlewares } from "./admin/products/middlewares"
import { paymentHookMiddlewares } from "./hooks/middlewares"
import { storeBankTransferMiddlewares } from "./store/bank-transfer/middlewares"
import { storeCohortMiddlewares } from "./store/cohorts/middlewares"
import { storeOrderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeCohortMiddlewares,
    ...storeProductMiddlewares,
    ...storeBankTransferMiddlewares,
    ...storeOrderLookupMiddlewares,
    ...adminCohortMiddlewares,
    ...adminProductMiddlewares,
    ...paymentHookMiddlewares,
  ],
})
