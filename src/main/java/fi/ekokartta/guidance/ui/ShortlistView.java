package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.base.ui.QrCode;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.guidance.HandoutService;
import fi.ekokartta.guidance.RecentShortlist;
import fi.ekokartta.guidance.RecentShortlistService;
import fi.ekokartta.guidance.RemovedItem;
import fi.ekokartta.guidance.ShortlistContent;
import fi.ekokartta.guidance.ShortlistService;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The counsellor's list for the client in front of her (/lista): the services side by side, their
 * order and a note each for the handout, then a printable, shareable public version.
 */
@Route("lista")
@PermitAll
@Menu(title = "menu.shortlist", order = 3, icon = "vaadin:clipboard-check")
class ShortlistView extends Div implements HasDynamicTitle {

    static final String SHARED_ROUTE = "palvelulista/";

    private final PublicAddress publicAddress;
    private final ShortlistService shortlists;
    private final RecentShortlistService recentLists;
    private final HandoutService handouts;
    private final Div body = new Div();

    ShortlistView(ShortlistService shortlists, RecentShortlistService recentLists, HandoutService handouts,
                  PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.shortlists = shortlists;
        this.recentLists = recentLists;
        this.handouts = handouts;
        addClassNames("page", "shortlist-page");
        Paragraph privacy = new Paragraph(getTranslation("shortlist.privacy"));
        privacy.addClassName("privacy-note");
        add(new H1(getTranslation("shortlist.title")), privacy, body);
        showCurrent();
    }

    private void showEmpty() {
        body.removeAll();
        Paragraph empty = new Paragraph(getTranslation("shortlist.empty") + " ");
        empty.add(new Anchor("haku", getTranslation("shortlist.empty.search")));
        body.add(empty);
    }

    private void show(ShortlistContent list) {
        body.removeAll();
        if (list.entries().isEmpty()) {
            showEmpty();
        } else {
            ContentLanguage content = new ContentLanguage(getLocale());
            body.add(comparison(list, content), order(list, content));
        }
        body.add(share(list));
        addRecentLists();
    }

    private void showCurrent() {
        shortlists.current().ifPresentOrElse(this::show, this::showEmpty);
    }

    private Component comparison(ShortlistContent list, ContentLanguage content) {
        TitledSection section = new TitledSection("shortlist-compare-heading", getTranslation("shortlist.compare"));
        NativeTable table = new NativeTable();
        table.addClassName("compare-table");
        NativeTableRow names = new NativeTableRow(new NativeTableHeaderCell(getTranslation("shortlist.compare.service")));
        list.entries().forEach(entry -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(new Anchor("palvelu/" + entry.service().id(),
                    content.text(entry.service().name())));
            cell.getElement().setAttribute("scope", "col");
            names.add(cell);
        });
        NativeTableBody rows = new NativeTableBody();
        row(rows, list, "service.provider", page -> page.provider() == null ? null : content.text(page.provider().name()));
        row(rows, list, "service.facts.for-whom", page -> join(page.targetGroups(), content));
        row(rows, list, "service.facts.where", page -> join(page.municipalities(), content));
        row(rows, list, "service.facts.how", page -> page.access() == null ? null
                : getTranslation("search.access." + page.access().name()));
        row(rows, list, "service.facts.cost", page -> page.charge() == null ? null : getTranslation("cost." + page.charge().name()));
        row(rows, list, "service.facts.languages", page -> content.languageNames(page.languages()));
        table.add(new NativeTableHeader(names), rows);
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-labelledby", "shortlist-compare-heading");
        section.add(scroller);
        return section;
    }

    private void row(NativeTableBody rows, ShortlistContent list, String labelKey, Function<ServicePage, String> value) {
        NativeTableHeaderCell label = new NativeTableHeaderCell(getTranslation(labelKey));
        label.getElement().setAttribute("scope", "row");
        NativeTableRow row = new NativeTableRow(label);
        list.entries().forEach(entry -> row.add(new NativeTableCell(Objects.requireNonNullElse(value.apply(entry.service()), "–"))));
        rows.add(row);
    }

    private static String join(List<LocalizedText> texts, ContentLanguage content) {
        return String.join(", ", texts.stream().map(content::text).filter(Objects::nonNull).sorted().toList());
    }

    private Component order(ShortlistContent list, ContentLanguage content) {
        TitledSection section = new TitledSection("shortlist-order-heading", getTranslation("shortlist.order"));
        OrderedList items = new OrderedList();
        items.addClassName("shortlist-items");
        for (int i = 0; i < list.entries().size(); i++) {
            ShortlistContent.Entry entry = list.entries().get(i);
            String name = content.text(entry.service().name());
            Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("shortlist.move-up", name),
                    () -> shortlists.move(entry.itemId(), -1));
            up.setEnabled(i > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("shortlist.move-down", name),
                    () -> shortlists.move(entry.itemId(), 1));
            down.setEnabled(i < list.entries().size() - 1);
            Button remove = iconButton(VaadinIcon.TRASH, getTranslation("shortlist.remove", name),
                    () -> remove(entry, name));
            Div tools = new Div(up, down, remove);
            tools.addClassName("item-tools");
            Div heading = new Div(new H3(name), tools);
            heading.addClassName("item-heading");
            items.add(new ListItem(heading, new NoteField(shortlists, entry, name)));
        }
        section.add(items);
        return section;
    }

    private ShortlistContent remove(ShortlistContent.Entry entry, String name) {
        RemovedItem removed = shortlists.remove(entry.itemId());
        UndoNotification.show(getTranslation("shortlist.removed", name), () -> {
            shortlists.restore(removed);
            showCurrent();
        });
        return shortlists.current().orElseThrow();
    }

    private Button iconButton(VaadinIcon icon, String label, Supplier<ShortlistContent> action) {
        Button button = new Button(icon.create(), click -> show(action.get()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private Component share(ShortlistContent list) {
        TitledSection section = new TitledSection("shortlist-share-heading", getTranslation("shortlist.share"));
        String address = publicAddress.of(SHARED_ROUTE + list.shareToken());
        section.add(new Paragraph(getTranslation("shortlist.share.lead",
                FinnishDates.date(list.expiresAt().atZone(FinnishDates.FINNISH_TIME).toLocalDate()))));
        if (!list.entries().isEmpty()) {
            Anchor open = new Anchor(SHARED_ROUTE + list.shareToken(), getTranslation("shortlist.share.open"));
            open.setTarget("_blank");
            Paragraph link = new Paragraph(address);
            link.addClassName("share-address");
            section.add(new HandoutOptionsForm(handouts), new Paragraph(open),
                    new Paragraph(SharedShortlistView.pdfLink(list.shareToken(), getTranslation("handout.pdf"))), link,
                    new QrCode(address, getTranslation("shortlist.share.qr")));
        }
        Button startNew = new Button(getTranslation("shortlist.new"), click -> startNew(list));
        startNew.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        section.add(new Paragraph(getTranslation("shortlist.new.lead")), startNew);
        return section;
    }

    private void startNew(ShortlistContent previous) {
        ShortlistContent started = shortlists.startNew();
        show(started);
        UndoNotification.show(getTranslation("shortlist.new.started"), () -> {
            recentLists.returnTo(previous.id(), started.id());
            showCurrent();
        });
    }

    private void addRecentLists() {
        List<RecentShortlist> lists = recentLists.recent();
        if (!lists.isEmpty()) {
            body.add(new RecentLists(lists, listId -> {
                recentLists.reopen(listId);
                showCurrent();
            }));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shortlist.title") + " – Ekokartta";
    }
}
