package fi.ekokartta.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.HistoryPage;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Historia" section at the end of an editor: every saved version of the entry, newest first,
 * with who saved it, when, and what changed field by field (named with the editor's own field
 * labels), and a button to restore a version after a confirmation. The versions are read when the
 * user opens the list (a disclosure that keyboards and screen readers know), not on every load of
 * the editor, and a page at a time: the newest {@link #PAGE_SIZE}, then "Näytä vanhemmat" reads the
 * next page from the server and moves the focus to its first entry.
 */
public class HistorySection extends TitledSection {

    public static final String ID = "editor-history";
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");
    private static final int LONGEST_VALUE = 300;
    /** How many entries a page of the history shows. */
    public static final int PAGE_SIZE = 20;
    private final String fieldKeys;
    private final Map<String, String> valueKeys;
    private final LongConsumer restore;
    private final BooleanSupplier unsavedChanges;
    private final Details details = new Details();
    private final Div versions = new Div();
    private final Button older = new Button();
    private HistoryPage.Source entries;
    private HistoryPage.Cursor next;
    /** The number of the next version to show (numbered from the oldest). */
    private int number;
    private boolean mayRestore;

    /**
     * @param fieldKeys      the prefix of the editor's field labels ("editor.field.")
     * @param valueKeys      for fields whose values are enum constants or booleans (by the last part of
     *                       the field's name), the prefix of their values' translation keys
     * @param restore        restores the revision (the editor saves it over its loaded version and reloads)
     * @param unsavedChanges whether the form has changes a restore would throw away
     */
    public HistorySection(String title, String fieldKeys, Map<String, String> valueKeys, LongConsumer restore,
                          BooleanSupplier unsavedChanges) {
        super(ID, title);
        this.fieldKeys = fieldKeys;
        this.valueKeys = Map.copyOf(valueKeys);
        this.restore = restore;
        this.unsavedChanges = unsavedChanges;
        addClassNames("editor-section", "editor-history");
        details.setSummaryText(getTranslation("history.show"));
        older.setText(getTranslation("history.older"));
        older.addClassName("history-older");
        older.addClickListener(click -> more());
        older.setVisible(false);
        details.add(versions, older);
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                refresh();
            }
        });
        add(new Paragraph(getTranslation("history.help")), details);
    }

    /**
     * The entry's history to show, read a page at a time when the list is open; it is read again
     * now if it is open.
     */
    public void show(HistoryPage.Source entries, boolean mayRestore) {
        this.entries = entries;
        this.mayRestore = mayRestore;
        if (details.isOpened()) {
            refresh();
        } else {
            versions.removeAll();
            older.setVisible(false);
        }
    }

    public void open() {
        details.setOpened(true);
    }

    private void refresh() {
        versions.removeAll();
        older.setVisible(false);
        if (entries == null) {
            return;
        }
        HistoryPage page = entries.page(HistoryPage.Cursor.newest(), PAGE_SIZE);
        if (page.entries().isEmpty()) {
            versions.add(new Paragraph(getTranslation("history.empty")));
        }
        number = page.newestVersion();
        add(page);
    }

    /** "Näytä vanhemmat": the next page after those shown, the focus on its first entry. */
    private void more() {
        if (entries == null || next == null) {
            return;
        }
        HistoryPage page = entries.page(next, PAGE_SIZE);
        List<Div> added = add(page);
        if (!added.isEmpty()) {
            added.getFirst().getElement().setAttribute("tabindex", "-1");
            added.getFirst().getElement().callJsFunction("focus");
        }
    }

    private List<Div> add(HistoryPage page) {
        // A re-assurance is no version (revision 0) and has no number.
        List<Div> added = new ArrayList<>();
        for (HistoryEntry entry : page.entries()) {
            Div shown = version(entry, number);
            versions.add(shown);
            added.add(shown);
            if (entry.revision() > 0) {
                number--;
            }
        }
        next = page.older();
        older.setVisible(next != null);
        return added;
    }

    private Div version(HistoryEntry entry, int number) {
        String when = FinnishDates.dateTime(LocalDateTime.ofInstant(entry.savedAt(), FinnishDates.FINNISH_TIME),
                Language.of(getLocale()));
        String title = entry.revision() > 0 ? getTranslation("history.entry", number, when, entry.username())
                : getTranslation("history.assurance", when, entry.username());
        Div version = new Div(new H3(title));
        version.addClassName("history-version");
        Span kind = new Span(getTranslation("history.kind." + entry.kind().name()));
        kind.addClassName("history-kind");
        version.add(kind);
        if (entry.kind() == HistoryEntry.Kind.CHANGED) {
            if (entry.changes().isEmpty()) {
                version.add(new Paragraph(getTranslation("history.no-changes")));
            } else {
                UnorderedList changes = new UnorderedList();
                entry.changes().forEach(change -> changes.add(new ListItem(describe(change))));
                version.add(changes);
            }
        }
        if (mayRestore && entry.restorable()) {
            Button button = new Button(getTranslation("history.restore"), click -> confirm(entry, number, when));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClassName("history-restore");
            button.getElement().setAttribute("aria-label", getTranslation("history.restore-named", number, when));
            version.add(button);
        }
        return version;
    }

    private void confirm(HistoryEntry entry, int number, String when) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader(getTranslation("history.restore.title"));
        String text = getTranslation("history.restore.text", number, when, entry.username());
        ask.setText(unsavedChanges.getAsBoolean() ? text + " " + getTranslation("history.restore.unsaved") : text);
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("history.restore.cancel"));
        ask.setConfirmText(getTranslation("history.restore.confirm"));
        ask.addConfirmListener(confirmed -> restore.accept(entry.revision()));
        ask.open();
    }

    /** "Nimi (suomi): Vanha → Uusi", "Palveluluokat: lisätty Kotoutuminen". */
    private String describe(FieldChange change) {
        String label = label(change.field());
        return switch (change.kind()) {
            case ADDED -> getTranslation("history.change.added", label, value(change.field(), change.after()));
            case REMOVED -> getTranslation("history.change.removed", label, value(change.field(), change.before()));
            case CHANGED -> getTranslation("history.change.changed", label, value(change.field(), change.before()),
                    value(change.field(), change.after()));
        };
    }

    /** The editor's names of fields: "channels[0].name.fi" → "Asiointikanava 1, Nimi (suomi)". */
    private String label(String field) {
        List<String> parts = new ArrayList<>();
        String language = null;
        for (String part : field.split("\\.")) {
            Matcher indexed = INDEXED.matcher(part);
            if (indexed.matches()) {
                parts.add(getTranslation(fieldKeys + indexed.group(1), Integer.parseInt(indexed.group(2)) + 1));
            } else if (LocalizedTextFields.LANGUAGES.contains(part)) {
                language = part;
            } else {
                parts.add(getTranslation(fieldKeys + part));
            }
        }
        String label = String.join(", ", parts);
        return language == null ? label : label + " (" + getTranslation("editor.language." + language) + ")";
    }

    private String value(String field, String value) {
        if (value == null) {
            return getTranslation("editor.conflict.empty");
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        String key = valueKeys.get(last);
        if (key != null) {
            return getTranslation(key + value);
        }
        return value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "…" : value;
    }
}
