import { useTranslations } from "next-intl"
import type { AddressErrors, AddressField, AddressInput } from "@/lib/validation/address"
import { PROVINCES } from "@/lib/util/provinces"
import { LabelledField, type ControlProps } from "@/modules/common/components/labelled-field"

type Props = {
  /** Prefix for input names and ids, when one form holds more than one address. */
  prefix?: string
  defaults?: Partial<AddressInput>
  /** Error keys from parseAddress, shown next to their field. */
  errors?: AddressErrors
}

const AUTOCOMPLETE: Record<AddressField, string> = {
  first_name: "given-name",
  last_name: "family-name",
  phone: "tel",
  address_1: "address-line1",
  address_2: "address-line2",
  city: "address-level2",
  province: "address-level1",
  postal_code: "postal-code",
}

const OPTIONAL: ReadonlySet<AddressField> = new Set(["last_name", "address_2"])

/**
 * The fields of an Indonesian address, for checkout and the address book alike.
 * Works in server and client components; errors sit under their field and are
 * tied to it with aria-describedby, so screen readers announce them.
 */
export function AddressFields({ prefix = "", defaults = {}, errors = {} }: Props) {
  const t = useTranslations("Address")
  const field = (name: AddressField, input: (props: InputProps) => React.ReactNode, className = "") => {
    const error = errors[name]
    return (
      <LabelledField
        id={`${prefix}${name}`}
        label={t(`fields.${name}`)}
        optional={OPTIONAL.has(name)}
        optionalText={t("optional")}
        error={error ? t(`errors.${error}` as "errors.required") : undefined}
        className={className}
      >
        {(control) => input({ ...control, autoComplete: AUTOCOMPLETE[name] })}
      </LabelledField>
    )
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {field("first_name", (p) => <input {...p} defaultValue={defaults.first_name ?? ""} />)}
      {field("last_name", (p) => <input {...p} defaultValue={defaults.last_name ?? ""} />)}
      {field("phone", (p) => <input {...p} type="tel" inputMode="tel" defaultValue={defaults.phone ?? ""} />, "sm:col-span-2")}
      {field("address_1", (p) => <input {...p} defaultValue={defaults.address_1 ?? ""} />, "sm:col-span-2")}
      {field("address_2", (p) => <input {...p} defaultValue={defaults.address_2 ?? ""} />, "sm:col-span-2")}
      {field("city", (p) => <input {...p} defaultValue={defaults.city ?? ""} />)}
      {field("province", (p) => (
        <select {...p} defaultValue={defaults.province ?? ""}>
          <option value="" disabled>
            {t("chooseProvince")}
          </option>
          {PROVINCES.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </select>
      ))}
      {field("postal_code", (p) => (
        <input {...p} inputMode="numeric" pattern="[1-9][0-9]{4}" maxLength={5} defaultValue={defaults.postal_code ?? ""} />
      ))}
    </div>
  )
}

type InputProps = ControlProps & { autoComplete: string }
