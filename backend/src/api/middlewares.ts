import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCohortMiddlewares } from "./admin/cohorts/middlewares"
import { adminCoordinatorInviteMiddlewares } from "./admin/coordinator-invites/middlewares"
import { adminCoordinatorMiddlewares } from "./admin/coordinators/middlewares"
import { adminImpactMiddlewares } from "./admin/impact/middlewares"
import { adminLedgerMiddlewares } from "./admin/ledger/middlewares"
import { adminListingMiddlewares } from "./admin/listings/middlewares"
import { adminOutletMiddlewares } from "./admin/outlets/middlewares"
import { adminOrderRevenueShareMiddlewares } from "./admin/orders/middlewares"
import { adminPayoutStatementMiddlewares } from "./admin/payout-statements/middlewares"
import { adminPayoutMiddlewares } from "./admin/payouts/middlewares"
import { adminProductMiddlewares } from "./admin/products/middlewares"
import { adminSalesChannelMiddlewares } from "./admin/sales-channels/middlewares"
import { adminRevenueShareRuleMiddlewares } from "./admin/revenue-share-rules/middlewares"
import { adminUnplacedPaymentMiddlewares } from "./admin/unplaced-payments/middlewares"
import { authGuardMiddlewares } from "./auth-guards/middlewares"
import { coordinatorInviteMiddlewares } from "./coordinator-invites/middlewares"
import { coordinatorBatchMiddlewares } from "./coordinator/batches/middlewares"
import { coordinatorConsignmentMiddlewares } from "./coordinator/consignments/middlewares"
import { coordinatorEarningsMiddlewares } from "./coordinator/earnings/middlewares"
import { coordinatorImpactMiddlewares } from "./coordinator/impact/middlewares"
import { coordinatorAuthMiddlewares } from "./coordinator/middlewares"
import { coordinatorNoteMiddlewares } from "./coordinator/notes/middlewares"
import { coordinatorOrderMiddlewares } from "./coordinator/orders/middlewares"
import { coordinatorParticipantMiddlewares } from "./coordinator/participants/middlewares"
import { coordinatorPayoutStatementMiddlewares } from "./coordinator/payout-statements/middlewares"
import { coordinatorProductMiddlewares } from "./coordinator/products/middlewares"
import { coordinatorUploadMiddlewares } from "./coordinator/uploads/middlewares"
import { errorHandlerWithProblems } from "./error-handler"
import { paymentHookMiddlewares } from "./hooks/middlewares"
import { outletInviteMiddlewares } from "./outlet-invites/middlewares"
import { outletAuthMiddlewares, outletRouteMiddlewares } from "./outlet/middlewares"
import { storeBankTransferMiddlewares } from "./store/bank-transfer/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCohortMiddlewares } from "./store/cohorts/middlewares"
import { storeImpactMiddlewares } from "./store/impact/middlewares"
import { storeGuestOrderMiddlewares } from "./store/customers/me/guest-orders/middlewares"
import { storeRegistrationMiddlewares } from "./store/registrations/middlewares"
import { storeOrderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionMiddlewares } from "./store/payment-collections/middlewares"
import { storePickupOutletMiddlewares } from "./store/pickup-outlets/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storeShippingOptionMiddlewares } from "./store/shipping-options/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { impactReportMiddlewares } from "./utils/impact-report/middlewares"
import { inputGuardMiddlewares } from "./utils/input-guard"

export default defineMiddlewares({
  // Refusals carry their problems (codes and values) to the portals.
  errorHandler: errorHandlerWithProblems,
  routes: [
    // Before anything reads the request: control characters, bad limit/offset, query operators on /store.
    ...inputGuardMiddlewares,
    // Then the brute-force brake and invitation-only registration on Medusa's /auth routes.
    ...authGuardMiddlewares,
    // Then authentication for every /coordinator/* route.
    ...coordinatorAuthMiddlewares,
    // Then authentication and outlet scoping for every /outlet/* route.
    ...outletAuthMiddlewares,
    ...storeCohortMiddlewares,
    ...storeCartMiddlewares,
    ...storeProductMiddlewares,
    ...storeSearchMiddlewares,
    ...storeBankTransferMiddlewares,
    ...storeShippingOptionMiddlewares,
    ...storeOrderLookupMiddlewares,
    ...storeOrderMiddlewares,
    ...storePaymentCollectionMiddlewares,
    ...storeGuestOrderMiddlewares,
    ...storeRegistrationMiddlewares,
    ...storePickupOutletMiddlewares,
    ...adminCohortMiddlewares,
    ...adminProductMiddlewares,
    ...adminSalesChannelMiddlewares,
    ...paymentHookMiddlewares,
    ...adminCoordinatorInviteMiddlewares,
    ...adminCoordinatorMiddlewares,
    ...coordinatorInviteMiddlewares,
    ...coordinatorParticipantMiddlewares,
    ...coordinatorBatchMiddlewares,
    ...coordinatorOrderMiddlewares,
    ...coordinatorProductMiddlewares,
    ...coordinatorUploadMiddlewares,
    ...adminListingMiddlewares,
    ...adminOutletMiddlewares,
    ...outletInviteMiddlewares,
    ...outletRouteMiddlewares,
    ...coordinatorConsignmentMiddlewares,
    ...adminRevenueShareRuleMiddlewares,
    ...adminUnplacedPaymentMiddlewares,
    ...adminOrderRevenueShareMiddlewares,
    ...adminLedgerMiddlewares,
    ...coordinatorEarningsMiddlewares,
    ...adminPayoutMiddlewares,
    ...adminPayoutStatementMiddlewares,
    ...coordinatorPayoutStatementMiddlewares,
    // Issue 17: impact figures, trainings, programme inputs, participant profiles, and the report downloads.
    ...adminImpactMiddlewares,
    ...coordinatorImpactMiddlewares,
    ...storeImpactMiddlewares,
    ...impactReportMiddlewares,
    ...coordinatorNoteMiddlewares,
  ],
})
