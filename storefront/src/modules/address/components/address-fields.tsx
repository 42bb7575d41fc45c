import { useTranslations } from "next-intl"
import type { AddressErrors, AddressField, AddressInput } from "@/lib/validation/address"
import { PROVINCES } from "@/lib/util/provinces"

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
    const id = `${prefix}${name}`
    const error = errors[name]
    return (
      <div className={`flex flex-col gap-1 ${className}`}>
        <label htmlFor={id} className="text-sm font-semibold">
          {t(`fields.${name}`)}
          {OPTIONAL.has(name) && <span className="font-normal text-muted"> {t("optional")}</span>}
        </label>
        {input({
          id,
          name: id,
          autoComplete: AUTOCOMPLETE[name],
          required: !OPTIONAL.has(name),
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
          className: `rounded-md border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-line"}`,
        })}
        {error && (
          <p id={`${id}-error`} className="text-sm text-red-800">
            {t(`errors.${error}` as "errors.required")}
          </p>
        )}
      </div>
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

type InputProps = {
  id: string
  name: string
  autoComplete: string
  required: boolean
  "aria-invalid"?: true
  "aria-describedby"?: string
  className: string
}
