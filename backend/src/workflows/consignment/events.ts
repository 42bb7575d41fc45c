/** Events the consignment workflows emit: units leave or rejoin the stock sold online. */
export const CONSIGNMENT_EVENTS = {
  PLACED: "consignment.placed",
  RETURNED: "consignment.returned",
} as const
