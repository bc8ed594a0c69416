package fi.ekokartta.editing;

import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.OfferingContent;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RecordFields;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.security.UserRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the editing tests share: signing in on the current thread
 * (the editing service reads the user from the security context, as it does under the UI), and
 * a complete, valid content to vary.
 */
final class EditingSupport {

    private EditingSupport() {
    }

    /** Signs in on this thread only, as the login would; null signs out. */
    static void signIn(String username, UserRole role) {
        if (username == null) {
            SecurityContextHolder.clearContext();
            return;
        }
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities));
    }

    /** A complete service: one visiting address with hours and a phone, one public and one staff contact. */
    static OfferingContent content(String name) {
        OfferingContent.Channel office = new OfferingContent.Channel(null, ChannelType.VISITING_ADDRESS,
                LocalizedText.of("Toimisto"), "Kauppatie 1", "85100", "Kalajoki", "https://example.fi/palvelu",
                "040 123 4567", "palvelu@example.fi",
                List.of(OfferingContent.Hours.weekly("MO,TU,WE", LocalTime.of(9, 0), LocalTime.of(15, 0), null)), null, null,
                false);
        return new OfferingContent(LocalizedText.of(name), LocalizedText.of("Tiivistelmä " + name),
                new LocalizedText("Kuvaus " + name + ".", "Beskrivning.", null),
                Set.of(new Keyword("fi", "testisana")), Set.of(), Set.of(), Set.of(), Set.of("fi"), List.of(office),
                List.of(new OfferingContent.Contact(null, null, "Palveluohjaaja", null, "ohjaus@example.fi", "08 123 4567",
                                Visibility.PUBLIC),
                        new OfferingContent.Contact(null, "Maija Meikäläinen", "Lähetteet", null, null, null, Visibility.STAFF)),
                AccessMode.BOTH, new LocalizedText(), LocalizedText.of("Lähetä lomakkeella."), ChargeType.FREE,
                new LocalizedText(), null, null, "Maija Meikäläinen", "maija@example.fi", 6, new LocalizedText(),
                new LocalizedText(), null, null, null, Set.of(), List.of(), new LocalizedText(), new LocalizedText(),
                List.of(), List.of(), null);
    }

    /** The content with one part changed, as an editor changes one field. */
    static OfferingContent named(OfferingContent c, String name) {
        return RecordFields.with(c, Map.of("name", LocalizedText.of(name)));
    }

    static OfferingContent summarized(OfferingContent c, String summary) {
        return RecordFields.with(c, Map.of("summary", LocalizedText.of(summary)));
    }

    static OfferingContent withChannels(OfferingContent c, List<OfferingContent.Channel> channels) {
        return RecordFields.with(c, Map.of("channels", channels));
    }

    static OfferingContent withContacts(OfferingContent c, List<OfferingContent.Contact> contacts) {
        return RecordFields.with(c, Map.of("contacts", contacts));
    }
}
