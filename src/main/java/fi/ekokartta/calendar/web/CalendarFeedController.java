package fi.ekokartta.calendar.web;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.calendar.CalendarFeed;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.calendar.Occurrences;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The vuosikello as iCalendar files to subscribe to in Outlook or any calendar: /kalenteri.ics for
 * every event, /kalenteri.ics?luokka=koulutus (or TRAINING; several separated by commas or given
 * again) for some categories, /kalenteri/{id}.ics for one event. Public events to everyone,
 * internal ones too to signed-in staff. An unknown category answers 400 with a plain message.
 */
@RestController
class CalendarFeedController {

    static final String FEED = "/kalenteri.ics";
    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeed feed;
    private final PublicAddress publicAddress;
    private final I18NProvider translations;

    CalendarFeedController(CalendarFeed feed, PublicAddress publicAddress, I18NProvider translations) {
        this.feed = feed;
        this.publicAddress = publicAddress;
        this.translations = translations;
    }

    @GetMapping(FEED)
    ResponseEntity<String> feed(@RequestParam(name = "luokka", required = false) List<String> categories,
                                @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        List<EventCategory> chosen = new ArrayList<>();
        for (String value : categories == null ? List.<String>of() : categories) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<EventCategory> category = EventCategory.fromParameter(part);
                if (category.isEmpty()) {
                    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                            .body("Unknown category (luokka): " + part.strip().replaceAll("[^\\p{L}\\p{N}_-]", "?")
                                    + ". Known: " + Arrays.stream(EventCategory.values()).map(EventCategory::slug).toList() + "\n");
                }
                chosen.add(category.get());
            }
        }
        Locale language = Language.fromCode(lang).orElse(Language.DEFAULT).locale();
        String name = translations.getTranslation("calendar.feed.name", language);
        if (!chosen.isEmpty()) {
            name += " – " + String.join(", ", chosen.stream()
                    .map(category -> translations.getTranslation("calendar.category." + category.name(), language)).toList());
        }
        String body = feed.write(chosen, Occurrences.staffSignedIn(), language, pages(request), name);
        return ResponseEntity.ok().contentType(CALENDAR).header("Content-Disposition", "inline; filename=\"kalenteri.ics\"")
                .body(body);
    }

    @GetMapping("/kalenteri/{id}.ics")
    ResponseEntity<String> one(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang,
                               HttpServletRequest request) {
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        Locale language = Language.fromCode(lang).orElse(Language.DEFAULT).locale();
        return feed.writeOne(eventId, Occurrences.staffSignedIn(), language, pages(request))
                .map(body -> ResponseEntity.ok().contentType(CALENDAR)
                        .header("Content-Disposition", "attachment; filename=\"tapahtuma.ics\"").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String pages(HttpServletRequest request) {
        return publicAddress.of("", request);
    }
}
