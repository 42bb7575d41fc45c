import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderAccess } from "@karya-binaan/contract"
import { issueOrderAccess, verifyOrderAccess } from "../../../lib/order-access-token"

/** The header a browser's order access token travels in (the storefront sends it from an httpOnly cookie). */
export const ORDER_ACCESS_HEADER = "x-order-access-token"

// The backend's JWT secret signs order access too: one secret to configure, never sent anywhere.
const secret = (scope: MedusaContainer) => scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

export const orderAccessFor = (scope: MedusaContainer, orderId: string): OrderAccess => issueOrderAccess(orderId, secret(scope))

export const hasOrderAccess = (scope: MedusaContainer, orderId: string, token: string | undefined): boolean =>
  verifyOrderAccess(token, orderId, secret(scope))
