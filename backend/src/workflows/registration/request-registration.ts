import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { issueRegistrationToken, type RegistrationDetails } from "../../lib/registration-token"
import { type EmailLocale, storefrontUrl } from "../notifications/templates/email-locale"
import {
  REGISTRATION_CONFIRM_TEMPLATE,
  REGISTRATION_EXISTS_TEMPLATE,
  renderRegistrationConfirm,
  renderRegistrationExists,
} from "../notifications/templates/registration"
import { emailTakenStep } from "./steps/email-taken"

export type RequestRegistrationInput = RegistrationDetails & { locale: EmailLocale; storefront_url: string; secret: string }

/**
 * A registration request answers the same for every address (the route says
 * "check your email"), and sends exactly one email either way: to a new address
 * the signed link that finishes the registration, to a taken one a note that
 * someone tried, with the login and reset links. Nothing is stored: the account
 * is made from the link (confirm-registration), so nobody can take an address
 * they cannot read, and nobody learns from the answer whether it has an account.
 */
export const requestRegistrationWorkflow = createWorkflow("request-registration", (input: RequestRegistrationInput) => {
  const taken = emailTakenStep(transform({ input }, ({ input }) => ({ email: input.email })))
  const notification = transform({ input, taken }, ({ input, taken }) => {
    const base = { to: input.email, channel: "email", trigger_type: "registration.requested", resource_type: "customer", data: { locale: input.locale } }
    if (taken) {
      const login = storefrontUrl(input.storefront_url, "/account/login", input.locale)
      const reset = storefrontUrl(input.storefront_url, "/account/forgot-password", input.locale)
      return [{ ...base, template: REGISTRATION_EXISTS_TEMPLATE, content: renderRegistrationExists(login, reset, input.locale) }]
    }
    const { email, first_name, last_name, phone } = input
    const token = issueRegistrationToken({ email, first_name, last_name, phone }, input.secret)
    const url = storefrontUrl(input.storefront_url, "/account/register/confirm", input.locale, { token })
    return [{ ...base, template: REGISTRATION_CONFIRM_TEMPLATE, content: renderRegistrationConfirm(first_name, url, input.locale) }]
  })
  sendNotificationsStep(notification)
  return new WorkflowResponse(undefined)
})
