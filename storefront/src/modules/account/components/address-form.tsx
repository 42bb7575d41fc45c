"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveAddress } from "@/lib/data/account-actions"
import type { FormState } from "@/lib/data/form-state"
import type { AddressInput } from "@/lib/validation/address"
import { AddressFields } from "@/modules/address/components/address-fields"
import { FormNotice } from "./form-notice"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { useFocusFirstError } from "./use-focus-first-error"

type Props = {
  /** The address being edited; none for a new one. */
  addressId?: string
  defaults?: Partial<AddressInput>
  back: string
  /** Labels the form (the "new address" or "edit address" heading). */
  labelledBy: string
}

/** The address book's form: the shared AddressFields, posted to saveAddress. */
export function AddressForm({ addressId, defaults = {}, back, labelledBy }: Props) {
  const t = useTranslations("AccountForm")
  const [state, action] = useActionState(saveAddress, {} as FormState)
  const formRef = useFocusFirstError(state)
  const typed = state.values as Partial<AddressInput> | undefined
  return (
    <form key={state.attempt} ref={formRef} action={action} aria-labelledby={labelledBy} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="back" value={back} />
      {addressId && <input type="hidden" name="address_id" value={addressId} />}
      {state.message && <FormNotice tone="error">{t(`messages.${state.message}` as "messages.addressGone")}</FormNotice>}
      <AddressFields defaults={typed ?? defaults} errors={state.errors} />
      <SubmitButton pendingLabel={t("actions.sending")}>{t("actions.saveAddress")}</SubmitButton>
    </form>
  )
}
