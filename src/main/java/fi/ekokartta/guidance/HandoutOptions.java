package fi.ekokartta.guidance;

import fi.ekokartta.base.i18n.Language;

/**
 * How the client's handout (asiakkaan palvelulista) is made, chosen when the list is shared: the
 * client's language, and her municipality (Statistics Finland code), whose offices alone the
 * handout shows; null shows every office.
 */
public record HandoutOptions(Language language, String municipalityCode) {
}
