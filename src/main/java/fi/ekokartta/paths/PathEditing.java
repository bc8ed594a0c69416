package fi.ekokartta.paths;

import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.RichText;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.stewardship.EditingRights;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Coordinators' changes to the service paths, every permission decided here: coordinators create,
 * change, publish and remove paths; administrators, maintainers, counsellors and anonymous
 * visitors change nothing and see no drafts. A refusal changes nothing.
 */
@Service
@Transactional
public class PathEditing {

    static final int MAX_SLUG_LENGTH = 80;
    static final int MAX_TITLE_LENGTH = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** A path as its editor opens it; {@code unpublishedServices}: steps the public does not see now. */
    public record EditablePath(UUID id, long version, PathContent content, Set<UUID> unpublishedServices) {
    }

    /** A path in the coordinators' list. */
    public record PathRow(UUID id, String slug, LocalizedText title, boolean published, int stepCount) {
    }

    /** A published service to choose for a step. */
    public record ServiceChoice(UUID id, LocalizedText name, LocalizedText provider) {
    }

    private final ServicePathRepository paths;
    private final OfferingRepository offerings;
    private final EditingRights rights;
    private final EntityManager entityManager;

    PathEditing(ServicePathRepository paths, OfferingRepository offerings, EditingRights rights,
                EntityManager entityManager) {
        this.paths = paths;
        this.offerings = offerings;
        this.rights = rights;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return rights.isCoordinator();
    }

    @Transactional(readOnly = true)
    public List<PathRow> all() {
        require("list paths", null);
        return paths.findAllByTitle().stream().map(path -> new PathRow(path.getId(), path.getSlug(), path.getTitle(),
                path.isPublished(), path.getSteps().size())).toList();
    }

    @Transactional(readOnly = true)
    public EditablePath editable(UUID id) {
        require("open path", id);
        ServicePath path = find(id);
        Set<UUID> unpublished = new HashSet<>();
        List<PathContent.StepContent> steps = path.getSteps().stream().map(step -> {
            if (step.getService().getStatus() != OfferingStatus.PUBLISHED) {
                unpublished.add(step.getService().getId());
            }
            return new PathContent.StepContent(step.getService().getId(), copy(step.getText()));
        }).toList();
        return new EditablePath(path.getId(), version(path), new PathContent(path.getSlug(), copy(path.getTitle()),
                copy(path.getIntro()), path.isPublished(), steps), unpublished);
    }

    /** The published services, by Finnish name, with the service of each step already on the path. */
    @Transactional(readOnly = true)
    public List<ServiceChoice> serviceChoices(Set<UUID> alsoThese) {
        require("list services for paths", null);
        List<Offering> services = new java.util.ArrayList<>(offerings.findAll(Sort.by("name.fi")).stream()
                .filter(o -> o.getStatus() == OfferingStatus.PUBLISHED || alsoThese.contains(o.getId())).toList());
        return services.stream().map(o -> new ServiceChoice(o.getId(), o.getName(),
                o.getProvider() == null ? new LocalizedText() : o.getProvider().getName())).toList();
    }

    public UUID create(PathContent content) {
        require("create path", null);
        validate(null, content, Set.of());
        ServicePath path = new ServicePath();
        apply(path, content);
        return paths.save(path).getId();
    }

    /** Saves the path's new content over the version the editor opened; returns the new version. */
    public long update(UUID id, long version, PathContent content) {
        require("edit path", id);
        ServicePath path = find(id);
        if (version(path) != version) {
            throw new ConflictException("Service path " + id, version, version(path), List.of());
        }
        Set<UUID> before = new HashSet<>();
        path.getSteps().forEach(step -> before.add(step.getService().getId()));
        validate(id, content, before);
        // A change of the steps only is a new version of the path too, so concurrent saves conflict.
        entityManager.lock(path, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        apply(path, content);
        return version(paths.saveAndFlush(path));
    }

    public void delete(UUID id) {
        require("delete path", id);
        paths.delete(find(id));
    }

    private void require(String operation, UUID id) {
        if (!rights.isCoordinator()) {
            throw rights.refused(operation, id);
        }
    }

    private ServicePath find(UUID id) {
        return paths.findById(id).orElseThrow(() -> new RejectedInputException("paths.error.not-found"));
    }

    private static long version(ServicePath path) {
        return path.getVersion() == null ? 0 : path.getVersion();
    }

    private void validate(UUID id, PathContent content, Set<UUID> alreadyOnPath) {
        Map<String, String> errors = new LinkedHashMap<>();
        String slug = content.slug() == null ? "" : content.slug().strip();
        if (slug.isEmpty()) {
            errors.put("slug", "paths.error.slug-required");
        } else if (slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            errors.put("slug", "paths.error.slug-format");
        } else if (id == null ? paths.findBySlug(slug).isPresent() : paths.existsBySlugAndIdNot(slug, id)) {
            errors.put("slug", "paths.error.slug-taken");
        }
        LocalizedText title = content.title() == null ? new LocalizedText() : content.title();
        if (title.in("fi").isEmpty()) {
            errors.put("title.fi", "paths.error.title-required");
        }
        for (String language : LANGUAGES) {
            title.in(language).filter(text -> text.length() > MAX_TITLE_LENGTH)
                    .ifPresent(text -> errors.put("title." + language, "paths.error.title-too-long"));
            if (content.intro() != null) {
                content.intro().in(language).filter(text -> text.length() > LocalizedText.MAX_LENGTH)
                        .ifPresent(text -> errors.put("intro." + language, "paths.error.text-too-long"));
            }
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < content.steps().size(); i++) {
            PathContent.StepContent step = content.steps().get(i);
            String field = "steps." + i + ".service";
            if (step.serviceId() == null) {
                errors.put(field, "paths.error.service-required");
                continue;
            }
            if (!seen.add(step.serviceId())) {
                errors.put(field, "paths.error.service-duplicate");
                continue;
            }
            Offering service = offerings.findById(step.serviceId()).orElse(null);
            if (service == null) {
                errors.put(field, "paths.error.service-unknown");
            } else if (service.getStatus() != OfferingStatus.PUBLISHED && !alreadyOnPath.contains(service.getId())) {
                errors.put(field, "paths.error.service-not-published");
            }
            for (String language : LANGUAGES) {
                if (step.text() != null) {
                    int index = i;
                    step.text().in(language).filter(text -> text.length() > LocalizedText.MAX_LENGTH)
                            .ifPresent(text -> errors.put("steps." + index + ".text." + language, "paths.error.text-too-long"));
                }
            }
        }
        if (content.published() && content.steps().isEmpty()) {
            errors.put("steps", "paths.error.steps-required");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void apply(ServicePath path, PathContent content) {
        path.setSlug(content.slug().strip());
        path.setTitle(clean(content.title(), false));
        path.setIntro(clean(content.intro(), true));
        path.setPublished(content.published());
        Map<UUID, PathStep> kept = new LinkedHashMap<>();
        path.getSteps().forEach(step -> kept.put(step.getService().getId(), step));
        path.getSteps().clear();
        for (PathContent.StepContent step : content.steps()) {
            PathStep existing = kept.remove(step.serviceId());
            if (existing != null) {
                existing.setText(clean(step.text(), true));
                path.getSteps().add(existing);
                existing.setOrdinal(path.getSteps().size() - 1);
            } else {
                path.addStep(PathStep.of(offerings.getReferenceById(step.serviceId()), clean(step.text(), true)));
            }
        }
    }

    /** Trimmed, blank as none; a text that may carry markup is cleaned to the descriptions' safelist. */
    private static LocalizedText clean(LocalizedText text, boolean rich) {
        if (text == null) {
            return new LocalizedText();
        }
        LocalizedText cleaned = new LocalizedText();
        for (String language : LANGUAGES) {
            text.in(language).map(String::strip).map(value -> rich ? RichText.sanitize(value) : value)
                    .ifPresent(value -> cleaned.set(language, value));
        }
        return cleaned;
    }

    private static LocalizedText copy(LocalizedText text) {
        return new LocalizedText(text.getFi(), text.getSv(), text.getEn());
    }
}
