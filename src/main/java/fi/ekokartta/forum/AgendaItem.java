package fi.ekokartta.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** Asialistan kohta: an item of a meeting's agenda (or of a forum's agenda template), with its presenter and length. */
@Embeddable
public class AgendaItem {

    public static final int MAX_TITLE_LENGTH = 2000;

    @Column(name = "item", length = MAX_TITLE_LENGTH, nullable = false)
    private String title;
    @Column(name = "presenter")
    private String presenter;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    protected AgendaItem() {
    }

    public AgendaItem(String title, String presenter, Integer durationMinutes) {
        this.title = title;
        this.presenter = presenter;
        this.durationMinutes = durationMinutes;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaItem item && Objects.equals(title, item.title)
                && Objects.equals(presenter, item.presenter) && Objects.equals(durationMinutes, item.durationMinutes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, presenter, durationMinutes);
    }
}
