import { METHOD_NOTE } from "../../../../modules/impact/figures/method"

/** The method note in Indonesian as the impact module states it: one text for the dashboard, the reports and the public page. */
export const METHOD_HEADING = METHOD_NOTE.id.title
export const methodSections = (): readonly { heading: string; text: string }[] => METHOD_NOTE.id.sections
