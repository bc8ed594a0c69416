package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.PhoneType;

import java.util.Locale;

/**
 * One way to reach a service: where to go or whom to call, with its opening hours. Labels and day
 * names are in the content's language, which is the reader's except on a client's handout.
 */
public class ChannelCard extends Div {

    private final Locale locale;

    public ChannelCard(ServicePage.Channel channel, ContentLanguage content) {
        this.locale = content.locale();
        addClassName("channel-card");
        String name = content.text(channel.name());
        H3 heading = new H3(getTranslation(locale, "channel." + channel.type().name()));
        boolean shortName = ServicePage.Channel.fitsHeading(name);
        if (shortName) {
            heading.add(new Span(": "), content.mark(new Span(name), channel.name()));
        }
        add(heading);
        if (name != null && !shortName) {
            add(new Paragraph(content.mark(new Span(name), channel.name())));
        }
        OfferingContent.Details details = channel.details();
        line("service.channel.alternate-name", details.alternateName(), content);
        String description = content.text(details.description());
        if (description != null) {
            add(new Paragraph(content.mark(new Span(description), details.description())));
        }
        if (channel.address() != null) {
            add(new Paragraph(getTranslation(locale, "service.channel.address") + ": " + channel.address()));
        }
        if (channel.postalAddress() != null) {
            Paragraph postal = new Paragraph(getTranslation(locale, "service.channel.postal-address") + ": " + channel.postalAddress());
            postal.addClassName("postal-address");
            add(postal);
        }
        if (channel.phone() != null) {
            Paragraph phone = new Paragraph(phoneLink(channel.phone(), details.phoneExtension(), locale));
            if (details.phoneType() == PhoneType.TEXT) {
                // A number for text messages opens the messaging app, not a call.
                phone.getChildren().findFirst().map(Anchor.class::cast)
                        .ifPresent(link -> link.setHref("sms:" + channel.phone().replace(" ", "")));
            }
            if (details.phoneType() != null && details.phoneType() != PhoneType.VOICE) {
                phone.add(new Span(" (" + getTranslation(locale, "phone.type." + details.phoneType().name())
                        .toLowerCase(locale) + ")"));
            }
            add(phone);
        }
        if (channel.email() != null) {
            add(new Paragraph(new Anchor("mailto:" + channel.email(), channel.email())));
        }
        if (channel.url() != null) {
            Anchor web = new Anchor(channel.url(), channel.url());
            web.addClassName("url");
            add(new Paragraph(web));
        }
        line("service.channel.transportation", channel.transportation(), content);
        line("service.channel.accessibility", channel.accessibility(), content);
        line("service.channel.accessibility-details", details.accessibilityDetails(), content);
        if (details.accessibilityUrl() != null) {
            Anchor page = new Anchor(details.accessibilityUrl(), getTranslation(locale, "service.channel.accessibility-page"));
            page.addClassName("accessibility-page");
            add(new Paragraph(page));
        }
        if (channel.byAppointment()) {
            Paragraph appointment = new Paragraph(getTranslation(locale, "service.channel.by-appointment"));
            appointment.addClassName("by-appointment");
            add(appointment);
        }
        if (!channel.hours().isEmpty()) {
            UnorderedList hours = hoursList("service.channel.hours");
            channel.hours().forEach(h -> hours.add(hoursRow(h, content)));
            add(new Paragraph(getTranslation(locale, "service.channel.hours") + ":"), hours);
        }
        if (!channel.exceptions().isEmpty()) {
            UnorderedList exceptions = hoursList("service.channel.exceptions");
            channel.exceptions().forEach(h -> exceptions.add(exceptionRow(h, content)));
            add(new Paragraph(getTranslation(locale, "service.channel.exceptions") + ":"), exceptions);
        }
    }

    /** "029 502 0501, alanumero 12", calling the extension too (RFC 3966). */
    static Anchor phoneLink(String number, Integer extension, Locale locale) {
        String dial = "tel:" + number.replace(" ", "");
        if (extension == null) {
            return new Anchor(dial, number);
        }
        Anchor link = new Anchor(dial + ";ext=" + extension, number);
        link.setText(number + ", " + link.getTranslation(locale, "service.channel.extension", String.valueOf(extension)));
        return link;
    }

    private UnorderedList hoursList(String label) {
        UnorderedList list = new UnorderedList();
        list.addClassName("opening-hours");
        list.getElement().setAttribute("aria-label", getTranslation(locale, label));
        return list;
    }

    /** "24.12.2026 suljettu" or "31.12.2026 9.00–12.00", with the Finnish note marked as Finnish. */
    private ListItem exceptionRow(ServicePage.DateHours hours, ContentLanguage content) {
        ListItem row = new ListItem(hours.when(locale, (key, args) -> getTranslation(locale, key, args)));
        if (hours.note() != null && !hours.note().isBlank()) {
            row.add(new Span(" ("), content.mark(new Span(hours.note()), LocalizedText.of(hours.note())), new Span(")"));
        }
        return row;
    }

    /** Directions and accessibility are written in Finnish only, and marked so for other readers. */
    private void line(String key, String finnishText, ContentLanguage content) {
        if (finnishText != null && !finnishText.isBlank()) {
            add(new Paragraph(new Span(getTranslation(locale, key) + ": "),
                    content.mark(new Span(finnishText), LocalizedText.of(finnishText))));
        }
    }

    /**
     * Days, times and how they repeat in the content's language; the Finnish note only when it
     * says more, how to attend and notes, each marked as Finnish; a link to the sessions.
     */
    private ListItem hoursRow(ServicePage.Hours hours, ContentLanguage content) {
        ListItem row = new ListItem(hours.when(locale, (key, args) -> getTranslation(locale, key, args)));
        for (String note : new String[] {hours.noteAddsToHours() ? hours.note() : null, hours.rule().attendingType(),
                hours.rule().notes()}) {
            if (note != null && !note.isBlank()) {
                row.add(new Span(" ("), content.mark(new Span(note), LocalizedText.of(note)), new Span(")"));
            }
        }
        if (hours.rule().scheduleLink() != null) {
            row.add(new Span(" "), new Anchor(hours.rule().scheduleLink(), getTranslation(locale, "schedule.link")));
        }
        return row;
    }
}
