package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * HSDS contact: only contacts the public may see are ever turned into one. {@code attributes} is
 * read on import only (a contact's visibility); the API leaves it out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactDocument(UUID id, String name, String title, String department, String email,
                              List<PhoneDocument> phones, List<AttributeDocument> attributes) {
}
