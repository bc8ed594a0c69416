package fi.ekokartta.paths;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.util.ArrayList;
import java.util.List;

/** Palvelupolku: an ordered collection of services under a title, public at /polut/{slug} once published. */
@Entity
public class ServicePath extends BaseEntity {

    @Column(nullable = false, unique = true, length = 80)
    private String slug;
    @Embedded
    private LocalizedText title = new LocalizedText();
    @Embedded
    private LocalizedText intro = new LocalizedText();
    private boolean published;
    @OneToMany(mappedBy = "path", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<PathStep> steps = new ArrayList<>();

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public LocalizedText getTitle() {
        return title == null ? (title = new LocalizedText()) : title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getIntro() {
        return intro == null ? (intro = new LocalizedText()) : intro;
    }

    public void setIntro(LocalizedText intro) {
        this.intro = intro;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    /** The steps in their order. */
    public List<PathStep> getSteps() {
        return steps;
    }

    /** Adds a step at the end, numbering it. */
    public void addStep(PathStep step) {
        step.setPath(this);
        step.setOrdinal(steps.size());
        steps.add(step);
    }
}
