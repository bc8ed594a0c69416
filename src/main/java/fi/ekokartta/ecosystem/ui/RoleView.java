package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.ecosystem.RoleCatalog;
import fi.ekokartta.ecosystem.RoleEditing;
import org.springframework.security.access.AccessDeniedException;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A role's page (/roolit/{id}): what the role is, and who holds it for which client groups and
 * municipalities, with their responsibilities and the role-based contact where the data has one.
 * Editors add, change and remove the assignments of the actors they keep current; coordinators
 * change the role itself.
 */
@Route(RoleView.ROUTE)
@AnonymousAllowed
class RoleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "roolit/:id";

    private final RoleCatalog catalog;
    private final RoleEditing editing;
    private UUID id;
    private String title = "";

    RoleView(RoleCatalog catalog, RoleEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
        addClassNames("page", "entry-page", "role-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(RoleView::parse)
                .orElseThrow(() -> new NotFoundException("No role"));
        show();
    }

    private void show() {
        RoleCatalog.RolePage page = catalog.role(id).orElseThrow(() -> new NotFoundException("No role " + id));
        removeAll();
        ContentLanguage content = new ContentLanguage(getLocale());
        title = content.text(page.name());
        Div header = new Div(content.mark(new H1(title), page.name()));
        header.addClassName("entry-header");
        String description = content.text(page.description());
        if (description != null) {
            Paragraph lead = content.mark(new Paragraph(description), page.description());
            lead.addClassName("lead");
            header.add(lead);
        }
        add(header, new Anchor("roolit", getTranslation("roles.back")));
        Div actions = new Div();
        actions.addClassNames("entry-actions", "no-print");
        if (editing.mayEditCatalogue()) {
            actions.add(new Button(getTranslation("roles.edit"), click -> new RoleDialog(editing, page.id(), page.version(),
                    page.name(), page.description(), saved -> show()).open()));
            Button delete = new Button(getTranslation("roles.delete"), click -> confirm(
                    getTranslation("roles.delete.confirm", title), () -> {
                        editing.deleteRole(page.id());
                        getUI().ifPresent(ui -> ui.navigate("roolit"));
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        boolean mayAdd = !editing.editableActors().isEmpty();
        if (mayAdd) {
            Button add = new Button(getTranslation("roles.assignment.new"),
                    click -> new AssignmentDialog(editing, catalog, page.id(), null, this::show).open());
            add.addClassName("assignment-new");
            actions.add(add);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        TitledSection holders = new TitledSection("role-assignments-heading",
                getTranslation("roles.assignments", page.assignments().size()));
        if (page.assignments().isEmpty()) {
            holders.add(new Paragraph(getTranslation("roles.assignments.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassNames("entry-list", "assignment-list");
            page.assignments().forEach(line -> list.add(item(line, content, page.id())));
            holders.add(list);
        }
        add(holders);
    }

    private ListItem item(RoleCatalog.AssignmentLine line, ContentLanguage content, UUID roleId) {
        ListItem item = new ListItem(new H3(content.mark(new Anchor("toimija/" + line.actor().id(),
                content.text(line.actor().name())), line.actor().name())));
        item.addClassName("assignment");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("key-facts");
        fact(facts, "roles.assignment.target-groups", String.join(", ", line.targetGroups().stream()
                .map(g -> content.text(g.name())).filter(Objects::nonNull).toList()));
        fact(facts, "roles.assignment.municipalities", line.municipalities().isEmpty()
                ? getTranslation("roles.assignment.municipalities.actor")
                : String.join(", ", line.municipalities().stream().map(p -> content.text(p.name())).filter(Objects::nonNull).toList()));
        fact(facts, "roles.assignment.responsibilities", content.text(line.responsibilities()));
        ContactDetails contact = line.contact();
        if (contact != null) {
            Div who = new Div();
            who.addClassName("assignment-contact");
            String label = contact.getName() != null ? contact.getName() : contact.getTitle();
            if (label != null) {
                who.add(new Paragraph(label));
            }
            if (contact.getTitle() != null && !contact.getTitle().equals(label)) {
                who.add(new Paragraph(contact.getTitle()));
            }
            if (contact.getPhone() != null) {
                who.add(new Paragraph(new Anchor("tel:" + contact.getPhone().replace(" ", ""), contact.getPhone())));
            }
            if (contact.getEmail() != null) {
                who.add(new Paragraph(new Anchor("mailto:" + contact.getEmail(), contact.getEmail())));
            }
            facts.add(new DescriptionList.Term(getTranslation("roles.assignment.contact")),
                    new DescriptionList.Description(who));
        }
        item.add(facts);
        if (line.editable()) {
            String actorName = content.text(line.actor().name());
            Button edit = new Button(getTranslation("roles.assignment.edit"),
                    click -> new AssignmentDialog(editing, catalog, roleId, line, this::show).open());
            edit.getElement().setAttribute("aria-label", getTranslation("roles.assignment.edit.of", actorName));
            Button delete = new Button(getTranslation("roles.assignment.delete"), click -> confirm(
                    getTranslation("roles.assignment.delete.confirm", actorName), () -> {
                        editing.deleteAssignment(line.id());
                        show();
                    }));
            delete.getElement().setAttribute("aria-label", getTranslation("roles.assignment.delete.of", actorName));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div buttons = new Div(edit, delete);
            buttons.addClassNames("assignment-actions", "no-print");
            item.add(buttons);
        }
        return item;
    }

    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("roles.confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("roles.cancel"));
        dialog.setConfirmText(getTranslation("roles.confirm.yes"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                action.run();
            } catch (RejectedInputException rejected) {
                error(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
            } catch (AccessDeniedException denied) {
                error(getTranslation("roles.error.not-allowed"));
            }
        });
        dialog.open();
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void fact(DescriptionList facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Ekokartta";
    }
}
