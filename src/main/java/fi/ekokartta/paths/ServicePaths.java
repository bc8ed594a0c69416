package fi.ekokartta.paths;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceChannel;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The published paths as the public sees them (page, PDF, widget). Steps whose service is not
 * published (archived, or back in draft) are left out when read, so a path never links to a
 * card the public cannot open.
 */
@Service
@Transactional(readOnly = true)
public class ServicePaths {

    /** A path in a list. */
    public record PathSummary(UUID id, String slug, LocalizedText title, LocalizedText intro, int stepCount) {
    }

    /** A published path with its visible steps, in order. */
    public record PathPage(UUID id, String slug, LocalizedText title, LocalizedText intro, List<Step> steps) {
    }

    /** A step: the service, how to reach it, and the coordinator's text for the step. */
    public record Step(UUID serviceId, LocalizedText name, LocalizedText summary, LocalizedText provider,
                       LocalizedText text, List<String> contacts) {
    }

    private static final int SUMMARY_LENGTH = 300;

    private final ServicePathRepository paths;

    ServicePaths(ServicePathRepository paths) {
        this.paths = paths;
    }

    public List<PathSummary> published() {
        return paths.findPublished().stream()
                .map(path -> new PathSummary(path.getId(), path.getSlug(), path.getTitle(), path.getIntro(),
                        visibleSteps(path).size()))
                .toList();
    }

    /** The published path of the slug; empty for an unknown or unpublished one. */
    public Optional<PathPage> page(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return paths.findBySlug(slug).filter(ServicePath::isPublished).map(path -> new PathPage(path.getId(),
                path.getSlug(), path.getTitle(), path.getIntro(), visibleSteps(path).stream().map(ServicePaths::step).toList()));
    }

    static List<PathStep> visibleSteps(ServicePath path) {
        return path.getSteps().stream().filter(step -> step.getService().getStatus() == OfferingStatus.PUBLISHED).toList();
    }

    /** A description as plain text (its markup dropped), cut at a sentence or word near 300 characters. */
    private static LocalizedText shortened(LocalizedText description) {
        LocalizedText text = new LocalizedText();
        for (String language : List.of("fi", "sv", "en")) {
            description.in(language).map(value -> Jsoup.parse(value).text()).map(ServicePaths::cut)
                    .ifPresent(value -> text.set(language, value));
        }
        return text;
    }

    private static String cut(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(". ", SUMMARY_LENGTH);
        if (end > SUMMARY_LENGTH / 2) {
            return text.substring(0, end + 1);
        }
        end = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, end > 0 ? end : SUMMARY_LENGTH) + " …";
    }

    private static Step step(PathStep step) {
        Offering service = step.getService();
        List<String> contacts = new ArrayList<>();
        for (ServiceChannel channel : service.getChannels()) {
            for (String line : new String[]{channel.getPhone(), channel.getEmail(), channel.getUrl()}) {
                if (line != null && !line.isBlank() && !contacts.contains(line.strip()) && contacts.size() < 4) {
                    contacts.add(line.strip());
                }
            }
        }
        LocalizedText summary = service.getSummary().isEmpty() ? shortened(service.getDescription()) : service.getSummary();
        return new Step(service.getId(), service.getName(), summary,
                service.getProvider() == null ? new LocalizedText() : service.getProvider().getName(), step.getText(), contacts);
    }
}
