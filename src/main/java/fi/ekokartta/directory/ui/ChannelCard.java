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

import java.util.stream.Stream;

/** One way to reach a service: where to go or whom to call, with its opening hours. */
public class ChannelCard extends Div {

    public ChannelCard(ServicePage.Channel channel, ContentLanguage content) {
        addClassName("channel-card");
        String name = content.text(channel.name());
        H3 heading = new H3(getTranslation("channel." + channel.type().name()));
        if (name != null) {
            heading.add(new Span(": "), content.mark(new Span(name), channel.name()));
        }
        add(heading);
        String address = String.join(", ", Stream.of(channel.streetAddress(),
                join(channel.postalCode(), channel.city())).filter(part -> part != null && !part.isBlank()).toList());
        if (!address.isBlank()) {
            add(new Paragraph(getTranslation("service.channel.address") + ": " + address));
        }
        if (channel.phone() != null) {
            add(new Paragraph(new Anchor("tel:" + channel.phone().replace(" ", ""), channel.phone())));
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
        if (!channel.hours().isEmpty()) {
            UnorderedList hours = new UnorderedList();
            hours.addClassName("opening-hours");
            hours.getElement().setAttribute("aria-label", getTranslation("service.channel.hours"));
            channel.hours().forEach(h -> hours.add(hoursRow(h, content)));
            add(new Paragraph(getTranslation("service.channel.hours") + ":"), hours);
        }
    }

    /** Directions and accessibility are written in Finnish only, and marked so for other readers. */
    private void line(String key, String finnishText, ContentLanguage content) {
        if (finnishText != null && !finnishText.isBlank()) {
            add(new Paragraph(new Span(getTranslation(key) + ": "),
                    content.mark(new Span(finnishText), LocalizedText.of(finnishText))));
        }
    }

    /** Days and times in the reader's language; the Finnish note only when it says more, marked as Finnish. */
    private ListItem hoursRow(ServicePage.Hours hours, ContentLanguage content) {
        String days = OpeningHoursText.days(hours.weekdays(), getLocale());
        String times = OpeningHoursText.times(hours.opens(), hours.closes(), getLocale());
        ListItem row = new ListItem(times.isEmpty() ? days : getTranslation("service.channel.hours.row", days, times).strip());
        if (OpeningHoursText.noteAddsToHours(hours)) {
            row.add(new Span(" ("), content.mark(new Span(hours.note()), LocalizedText.of(hours.note())), new Span(")"));
        }
        return row;
    }

    private static String join(String postalCode, String city) {
        return ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
    }
}
