import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { METHOD_NOTE } from "../../../modules/impact/figures/method"
import { KARYA_NS } from "../../lib/i18n"

/** The impact module's own method note (one text for the page, the reports and the public page), in the Admin's language. */
export const MethodNote = () => {
  const { i18n } = useTranslation(KARYA_NS)
  const note = i18n.language?.startsWith("id") ? METHOD_NOTE.id : METHOD_NOTE.en
  return (
    <div className="flex flex-col gap-2 px-6 py-4 break-inside-avoid" data-testid="impact-method">
      <Heading level="h2">{note.title}</Heading>
      {note.sections.map((section) => (
        <div key={section.heading}>
          <Text size="small" weight="plus">
            {section.heading}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {section.text}
          </Text>
        </div>
      ))}
    </div>
  )
}
