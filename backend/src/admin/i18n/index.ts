import { KARYA_NS } from "../lib/i18n"
import "./default-language"
import en from "./json/en.json"
import id from "./json/id.json"

/** Our pages' texts for the Admin's i18next, merged into the dashboard's own resources. */
export default {
  en: { [KARYA_NS]: en },
  id: { [KARYA_NS]: id },
}
