package fi.ekokartta.editing.ui;

import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.EntryKeepers;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.Handovers;
import fi.ekokartta.stewardship.Reassurance;
import fi.ekokartta.stewardship.ui.KeeperPicker;
import fi.ekokartta.stewardship.ui.ReassureButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.editing.ActorChoices;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.directory.ui.ServiceCard;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.HistoryPage;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.ConflictDialog;
import fi.ekokartta.base.ui.ContentLanguage;
import fi.ekokartta.base.ui.EditorDates;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.HistorySection;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.base.ui.TreePicker;
import fi.ekokartta.base.ui.UnsavedChanges;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.OfferingAction;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.ServiceLanguages;
import fi.ekokartta.editing.OfferingEditing;
import fi.ekokartta.editing.OfferingHistory;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.search.FacetCatalog;
import fi.ekokartta.taxonomy.ServiceTaxonomyService;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The editor of a service (/hallinta/palvelu/{id}, a new one at /hallinta/palvelu/uusi): every
 * field of the service in sections, texts in Finnish, Swedish and English side by side, and the
 * workflow buttons the user may use. The editing service decides permissions, checks every field
 * and refuses a save over someone else's newer one; the editor shows the refusal on the fields,
 * or the conflict field by field to merge or reload. Leaving with unsaved changes asks first.
 */
@Route("hallinta/palvelu")
@RolesAllowed({"COORDINATOR", "MAINTAINER"})
public class ServiceEditorView extends Div implements HasUrlParameter<String>, HasDynamicTitle, BeforeLeaveObserver {

    public static final String NEW = "uusi";
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private final OfferingEditing editing;
    private final OfferingHistory offeringHistory;
    private final ServicePageService pages;
    private final ActorChoices actorChoices;
    private final FacetCatalog catalog;
    private final ServiceTaxonomyService taxonomy;
    private final UnsavedChanges unsaved = new UnsavedChanges(this);
    private final FormErrors errors = new FormErrors();
    private final H1 title = new H1();
    private final Span statusBadge = new Span();
    private final Div actions = new Div();
    private final Reassurance reassurance;
    /** "Tarkistettu pp.kk.vvvv": the assured date, beside the button that renews it. */
    private final Span assured = new Span();
    private final Div preview = new Div();
    private final HistorySection history;
    private final KeeperPicker keeperPicker;

    private final Select<UUID> provider = new Select<>();
    private final LocalizedTextFields name;
    private final LocalizedTextFields summary;
    private final LocalizedTextFields description;
    private final LocalizedTextFields keywords;
    private final TreePicker classes;
    /** The ids of the classes the tree offers: a service's other classes are kept by {@link #otherClasses}. */
    private final Set<String> classesInTree = new LinkedHashSet<>();
    private final OtherClasses otherClasses = new OtherClasses(this::changed);
    private final MoreTermsForm moreTerms = new MoreTermsForm(this::changed);
    private final TreePicker targetGroups;
    private final Checkbox wholeArea = new Checkbox();
    private final MultiSelectComboBox<String> municipalities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final List<ChannelForm> channels = new ArrayList<>();
    private final Div channelForms = new Div();
    private final List<ContactForm> contacts = new ArrayList<>();
    private final Div contactForms = new Div();
    private final List<CapacityForm> capacities = new ArrayList<>();
    private final Div capacityForms = new Div();
    private final List<CostOptionForm> costOptions = new ArrayList<>();
    private final Div costOptionForms = new Div();
    private final List<RequiredDocumentForm> documents = new ArrayList<>();
    private final Div documentForms = new Div();
    private final LocalizedTextFields alternateName;
    private final LocalizedTextFields alert;
    private final Select<AccessMode> access = new Select<>();
    private final LocalizedTextFields howToGetThere;
    private final LocalizedTextFields referralInstructions;
    private final LocalizedTextFields internalNote;
    private final Select<ChargeType> charge = new Select<>();
    private final LocalizedTextFields costDescription;
    private final LocalizedTextFields eligibility;
    private final IntegerField minimumAge = new IntegerField();
    private final IntegerField maximumAge = new IntegerField();
    private final DatePicker validFrom;
    private final DatePicker validTo;
    private final TextArea funding = new TextArea();
    private final MultiSelectComboBox<UUID> coProducers = new MultiSelectComboBox<>();
    private final Select<UUID> responsibleActor = new Select<>();
    private final TextField responsiblePerson = new TextField();
    private final EmailField responsibleEmail = new EmailField();
    private final IntegerField reviewInterval = new IntegerField();

    private final Map<UUID, LocalizedText> actorNames = new LinkedHashMap<>();
    private final Set<String> area;
    private OfferingEditing.Editable loaded;

    public ServiceEditorView(OfferingEditing editing, OfferingHistory offeringHistory, ServicePageService pages,
                             ActorChoices actorChoices, FacetCatalog catalog, Reassurance reassurance,
                             EntryKeepers entryKeepers, Handovers handovers, ServiceTaxonomyService taxonomy) {
        this.editing = editing;
        this.taxonomy = taxonomy;
        this.keeperPicker = new KeeperPicker(entryKeepers, handovers);
        this.reassurance = reassurance;
        this.offeringHistory = offeringHistory;
        this.history = new HistorySection(getTranslation("history.title"), "editor.field.", Map.of("status", "managed.status.",
                "chargeType", "cost.", "access", "search.access.", "type", "channel.", "visibility", "editor.visibility.",
                "byAppointment", "history.value.", "phoneType", "phone.type."), this::restoreVersion, unsaved::isDirty);
        this.pages = pages;
        this.actorChoices = actorChoices;
        this.catalog = catalog;
        this.area = catalog.employmentArea();
        addClassNames("page", "editor-page");
        actorChoices.all(getLocale()).forEach(choice -> actorNames.put(choice.id(), choice.name()));
        name = LocalizedTextFields.line("name", getTranslation("editor.service.name"), true);
        summary = LocalizedTextFields.area("summary", getTranslation("editor.service.summary"), false);
        alternateName = LocalizedTextFields.line("alternateName", getTranslation("editor.service.alternate-name"), false);
        alert = LocalizedTextFields.line("alert", getTranslation("editor.service.alert"), false);
        description = LocalizedTextFields.area("description", getTranslation("editor.service.description"), true);
        keywords = LocalizedTextFields.line("keywords", getTranslation("editor.service.keywords"), false);
        classes = new TreePicker(getTranslation("editor.service.classes"), classNodes());
        targetGroups = new TreePicker(getTranslation("editor.service.target-groups"), catalog.targetGroups().stream()
                .map(entry -> new TreePicker.Node(entry.value(), entry.name().get(getLocale()), null)).toList());
        howToGetThere = LocalizedTextFields.area("howToGetThere", getTranslation("editor.service.how-to-get-there"), false);
        referralInstructions = LocalizedTextFields.area("referralInstructions",
                getTranslation("editor.service.referral-instructions"), false);
        internalNote = LocalizedTextFields.area("internalNote", getTranslation("editor.service.internal-note"), false);
        costDescription = LocalizedTextFields.area("costDescription", getTranslation("editor.service.cost-description"), false);
        eligibility = LocalizedTextFields.area("eligibility", getTranslation("editor.service.eligibility"), false);
        validFrom = EditorDates.picker(getTranslation("editor.service.valid-from"), getLocale());
        validTo = EditorDates.picker(getTranslation("editor.service.valid-to"), getLocale());
        configureFields();
        statusBadge.addClassName("status-badge");
        actions.addClassName("editor-actions");
        Div header = new Div(title, statusBadge);
        header.addClassName("editor-header");
        Div form = new Div(errors, basics(), classification(), place(), channelSection(), contactSection(), capacitySection(), referral(),
                terms(), validity(), responsibility(), history);
        form.addClassName("editor-form");
        TitledSection previewSection = new TitledSection("editor-preview", getTranslation("editor.preview.title"));
        previewSection.addClassName("editor-preview");
        Paragraph previewNote = new Paragraph(getTranslation("editor.preview.note"));
        previewNote.addClassName("preview-note");
        previewSection.add(previewNote, preview);
        // Scrolls by itself beside the form on a wide screen: reachable by keyboard.
        previewSection.getElement().setAttribute("tabindex", "0");
        Div columns = new Div(form, previewSection);
        columns.addClassName("editor-columns");
        add(header, columns, actions);
        listenForChanges();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            if (!startNew()) {
                event.rerouteToError(AccessDeniedException.class);
            }
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(editing.load(id));
        } catch (RejectedInputException unknown) {
            event.rerouteToError(NotFoundException.class);
        } catch (org.springframework.security.access.AccessDeniedException notHers) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        unsaved.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – Ekokartta";
    }

    private void configureFields() {
        provider.setLabel(getTranslation("editor.service.provider"));
        provider.setItemLabelGenerator(id -> id == null ? "" : actorName(id));
        keywords.getElement().setAttribute("title", getTranslation("editor.service.keywords-help"));
        wholeArea.setLabel(getTranslation("editor.service.whole-area"));
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        catalog.municipalities().forEach(entry -> municipalityNames.put(entry.code(), entry.name().get(getLocale())));
        municipalities.setLabel(getTranslation("editor.service.municipalities"));
        municipalities.setItems(municipalityNames.keySet());
        municipalities.setItemLabelGenerator(code -> municipalityNames.getOrDefault(code, code));
        languages.setLabel(getTranslation("editor.service.languages"));
        languages.setItems(ServiceLanguages.CODES);
        languages.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(getLocale()));
        access.setLabel(getTranslation("editor.service.access"));
        access.setItems(AccessMode.values());
        access.setItemLabelGenerator(value -> value == null ? "" : getTranslation("search.access." + value.name()));
        access.setEmptySelectionAllowed(true);
        charge.setLabel(getTranslation("editor.service.charge"));
        charge.setItems(ChargeType.values());
        charge.setItemLabelGenerator(value -> value == null ? "" : getTranslation("cost." + value.name()));
        charge.setEmptySelectionAllowed(true);
        minimumAge.setLabel(getTranslation("editor.service.minimum-age"));
        maximumAge.setLabel(getTranslation("editor.service.maximum-age"));
        funding.setLabel(getTranslation("editor.service.funding"));
        coProducers.setLabel(getTranslation("editor.service.co-producers"));
        coProducers.setItems(actorNames.keySet());
        coProducers.setItemLabelGenerator(this::actorName);
        responsibleActor.setLabel(getTranslation("editor.service.responsible-actor"));
        responsibleActor.setItems(actorNames.keySet());
        responsibleActor.setItemLabelGenerator(id -> id == null ? "" : actorName(id));
        responsiblePerson.setLabel(getTranslation("editor.service.responsible-person"));
        responsibleEmail.setLabel(getTranslation("editor.service.responsible-email"));
        reviewInterval.setLabel(getTranslation("editor.service.review-interval"));
        reviewInterval.setHelperText(getTranslation("editor.service.review-interval-help"));
        reviewInterval.setStepButtonsVisible(true);
        reviewInterval.setMin(1);
        reviewInterval.setMax(60);
        reviewInterval.addClassName("narrow");
        Stream.of(responsiblePerson, funding).forEach(field -> field.setValueChangeMode(ValueChangeMode.LAZY));
        wholeArea.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Set<String> chosen = new LinkedHashSet<>(municipalities.getValue());
                if (change.getValue()) {
                    chosen.addAll(area);
                } else {
                    chosen.removeAll(area);
                }
                municipalities.setValue(chosen);
            }
        });
        municipalities.addValueChangeListener(change -> wholeArea.setValue(change.getValue().containsAll(area)));
        provider.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                moreTerms.setPrograms(actorChoices.programsOf(change.getValue()));
            }
        });
    }

    private List<TreePicker.Node> classNodes() {
        List<TreePicker.Node> nodes = new ArrayList<>();
        String parent = null;
        for (FacetCatalog.Entry entry : catalog.classes()) {
            if (entry.depth() == 0) {
                parent = entry.value();
            }
            nodes.add(new TreePicker.Node(entry.value(), entry.name().get(getLocale()), entry.depth() == 0 ? null : parent));
            classesInTree.add(entry.value());
        }
        return nodes;
    }

    private Component basics() {
        TitledSection section = section("editor-basics", "editor.section.basics");
        keywords.add(new Paragraph(getTranslation("editor.service.keywords-help")));
        alert.add(new Paragraph(getTranslation("editor.service.alert-help")));
        section.add(provider, name, alternateName, alert, summary, description, new Paragraph(getTranslation("editor.service.text-help")), keywords);
        return section;
    }

    private Component classification() {
        TitledSection section = section("editor-classification", "editor.section.classification");
        section.add(classes, otherClasses, targetGroups);
        return section;
    }

    private Component place() {
        TitledSection section = section("editor-place", "editor.section.place");
        section.add(wholeArea, municipalities, languages, moreTerms);
        return section;
    }

    private Component channelSection() {
        TitledSection section = section("editor-channels", "editor.section.channels");
        Button add = new Button(getTranslation("editor.channel.add"), click -> {
            addChannel(null);
            changed();
        });
        section.add(channelForms, add);
        return section;
    }

    private Component contactSection() {
        TitledSection section = section("editor-contacts", "editor.section.contacts");
        Button add = new Button(getTranslation("editor.contact.add"), click -> {
            addContact(null);
            changed();
        });
        section.add(new Paragraph(getTranslation("editor.contact.help")), contactForms, add);
        return section;
    }

    /** Free places, queue length or waiting time: figures a counsellor weighs when choosing. */
    private Component capacitySection() {
        TitledSection section = section("editor-capacities", "editor.section.capacities");
        Button add = new Button(getTranslation("editor.capacity.add"), click -> {
            addCapacity(null);
            changed();
        });
        section.add(new Paragraph(getTranslation("editor.capacity.help")), capacityForms, add);
        return section;
    }

    private void addCapacity(OfferingContent.Capacity capacity) {
        CapacityForm[] form = new CapacityForm[1];
        form[0] = new CapacityForm(capacity, this::changed, () -> {
            capacities.remove(form[0]);
            capacityForms.remove(form[0]);
            changed();
        });
        capacities.add(form[0]);
        capacityForms.add(form[0]);
    }

    private Component referral() {
        TitledSection section = section("editor-referral", "editor.section.referral");
        Paragraph staffOnly = new Paragraph(getTranslation("editor.service.staff-only"));
        staffOnly.addClassName("staff-only-note");
        section.add(access, howToGetThere, staffOnly, referralInstructions, internalNote);
        return section;
    }

    private Component terms() {
        TitledSection section = section("editor-terms", "editor.section.terms");
        Div ages = new Div(minimumAge, maximumAge);
        ages.addClassName("editor-row");
        Button addCost = new Button(getTranslation("editor.cost.add"), click -> {
            addCostOption(null);
            changed();
        });
        Button addDocument = new Button(getTranslation("editor.document.add"), click -> {
            addDocument(null);
            changed();
        });
        section.add(charge, costDescription, new Paragraph(getTranslation("editor.cost.help")), costOptionForms, addCost,
                eligibility, ages, new Paragraph(getTranslation("editor.document.help")), documentForms, addDocument);
        return section;
    }

    private void addCostOption(OfferingContent.CostOption cost) {
        CostOptionForm[] form = new CostOptionForm[1];
        form[0] = new CostOptionForm(cost, this::changed, () -> {
            costOptions.remove(form[0]);
            costOptionForms.remove(form[0]);
            changed();
        });
        costOptions.add(form[0]);
        costOptionForms.add(form[0]);
    }

    private void addDocument(OfferingContent.Document document) {
        RequiredDocumentForm[] form = new RequiredDocumentForm[1];
        form[0] = new RequiredDocumentForm(document, this::changed, () -> {
            documents.remove(form[0]);
            documentForms.remove(form[0]);
            changed();
        });
        documents.add(form[0]);
        documentForms.add(form[0]);
    }

    private Component validity() {
        TitledSection section = section("editor-validity", "editor.section.validity");
        Div dates = new Div(validFrom, validTo);
        dates.addClassName("editor-row");
        section.add(dates, funding, coProducers);
        return section;
    }

    private Component responsibility() {
        TitledSection section = section("editor-responsibility", "editor.section.responsibility");
        section.add(responsibleActor, responsiblePerson, responsibleEmail, reviewInterval, keeperPicker);
        return section;
    }

    private TitledSection section(String id, String titleKey) {
        TitledSection section = new TitledSection(id, getTranslation(titleKey));
        section.addClassName("editor-section");
        return section;
    }

    /** Something in the form changed: it is now unsaved, and the preview shows it. */
    private void changed() {
        unsaved.changed();
        refreshPreview();
    }

    /** The public card of the form as it is now, as a signed-in professional sees it. */
    private void refreshPreview() {
        preview.removeAll();
        OfferingStatus status = loaded == null ? OfferingStatus.DRAFT : loaded.status();
        UUID responsible = loaded == null ? provider.getValue() : responsibleActor.getValue();
        ServicePage page = pages.preview(content(), status, provider.getValue(), responsible);
        ContentLanguage language = new ContentLanguage(getLocale());
        Div card = new Div();
        card.addClassName("service-card");
        H3 name = new H3(Objects.requireNonNullElse(language.text(page.name()), getTranslation("editor.preview.no-name")));
        card.add(name);
        String summaryText = language.text(page.summary());
        if (summaryText != null) {
            Paragraph lead = new Paragraph(summaryText);
            lead.addClassName("lead");
            card.add(lead);
        }
        card.add(new ServiceCard(page, language));
        preview.add(card);
    }

    private void listenForChanges() {
        Runnable changed = this::changed;
        Stream.of(name, summary, description, keywords, howToGetThere, referralInstructions, internalNote, costDescription,
                eligibility, alternateName, alert).forEach(texts -> texts.addChangeListener(changed));
        classes.addChangeListener(changed);
        targetGroups.addChangeListener(changed);
        List.<HasValue<? extends HasValue.ValueChangeEvent<?>, ?>>of(provider, municipalities, languages, access, charge,
                        minimumAge, maximumAge, validFrom, validTo, funding, coProducers, responsibleActor, responsiblePerson,
                        responsibleEmail, reviewInterval, wholeArea)
                .forEach(field -> field.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        changed.run();
                    }
                }));
    }

    /** A new draft for one of the user's organizations; false when she has none to create for. */
    private boolean startNew() {
        List<ActorChoices.Choice> mine = actorChoices.providersForNew(getLocale());
        if (mine.isEmpty()) {
            return false;
        }
        loaded = null;
        title.setText(getTranslation("editor.service.new-title"));
        statusBadge.setText(getTranslation("managed.status." + OfferingStatus.DRAFT.name()));
        provider.setItems(mine.stream().map(ActorChoices.Choice::id).toList());
        provider.setValue(mine.getFirst().id());
        provider.setReadOnly(false);
        moreTerms.setPrograms(actorChoices.programsOf(mine.getFirst().id()));
        fill(emptyContent());
        responsibleActor.setVisible(false);
        keeperPicker.show(EntryKind.SERVICE, null);
        history.setVisible(false);
        showActions();
        refreshPreview();
        return true;
    }

    private void show(OfferingEditing.Editable editable) {
        loaded = editable;
        title.setText(getTranslation("editor.service.edit-title", editable.content().name().getFi()));
        statusBadge.setText(getTranslation("managed.status." + editable.status().name()));
        provider.setItems(List.of(editable.providerId()));
        provider.setValue(editable.providerId());
        provider.setReadOnly(true);
        moreTerms.setPrograms(actorChoices.programsOf(editable.providerId()));
        fill(editable.content());
        responsibleActor.setVisible(true);
        responsibleActor.setValue(editable.responsibleActorId());
        responsibleActor.setReadOnly(!editable.allowed().contains(OfferingAction.ASSIGN_RESPONSIBILITY));
        keeperPicker.show(EntryKind.SERVICE, editable.id());
        history.setVisible(true);
        history.show((from, size) -> HistoryPage.merge(from, size, offeringHistory.page(editable.id(), getLocale(),
                from.revisionBefore(), size), reassurance.history(EntryKind.SERVICE, editable.id(), from.assuredBefore(), size)),
                editable.allowed().contains(OfferingAction.EDIT));
        showActions();
        refreshPreview();
        unsaved.saved();
        errors.clear();
    }

    private static OfferingContent emptyContent() {
        return new OfferingContent(new LocalizedText(), new LocalizedText(), new LocalizedText(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of("fi"), List.of(), List.of(), null, new LocalizedText(), new LocalizedText(), null,
                new LocalizedText(), null, null, null, null, null, new LocalizedText(), new LocalizedText(), null, null, null,
                Set.of(), List.of(), new LocalizedText(), new LocalizedText(), List.of(), List.of(), null);
    }

    private void fill(OfferingContent c) {
        name.setValue(c.name());
        summary.setValue(c.summary());
        description.setValue(c.description());
        LocalizedText words = new LocalizedText();
        for (String language : LocalizedTextFields.LANGUAGES) {
            String joined = c.keywords().stream().filter(keyword -> keyword.getLanguage().equals(language))
                    .map(Keyword::getWord).collect(Collectors.joining(", "));
            words.set(language, joined.isEmpty() ? null : joined);
        }
        keywords.setValue(words);
        classes.setValue(strings(c.classIds()));
        Set<UUID> others = c.classIds().stream().filter(id -> !classesInTree.contains(id.toString()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        otherClasses.setValue(others, others.isEmpty() ? List.of() : taxonomy.terms(others));
        targetGroups.setValue(strings(c.targetGroupIds()));
        municipalities.setValue(c.municipalityCodes());
        languages.setValue(c.languages());
        channels.clear();
        channelForms.removeAll();
        c.channels().forEach(this::addChannel);
        contacts.clear();
        contactForms.removeAll();
        c.contacts().forEach(this::addContact);
        capacities.clear();
        capacityForms.removeAll();
        c.capacities().forEach(this::addCapacity);
        alternateName.setValue(c.alternateName());
        alert.setValue(c.alert());
        costOptions.clear();
        costOptionForms.removeAll();
        c.costOptions().forEach(this::addCostOption);
        documents.clear();
        documentForms.removeAll();
        c.requiredDocuments().forEach(this::addDocument);
        moreTerms.setValue(c.moreTerms());
        access.setValue(c.access());
        howToGetThere.setValue(c.howToGetThere());
        referralInstructions.setValue(c.referralInstructions());
        internalNote.setValue(c.internalNote());
        charge.setValue(c.chargeType());
        costDescription.setValue(c.costDescription());
        eligibility.setValue(c.eligibility());
        minimumAge.setValue(c.minimumAge());
        maximumAge.setValue(c.maximumAge());
        validFrom.setValue(c.validFrom());
        validTo.setValue(c.validTo());
        funding.setValue(c.funding() == null ? "" : c.funding());
        coProducers.setValue(c.coProducerIds());
        responsiblePerson.setValue(c.responsiblePerson() == null ? "" : c.responsiblePerson());
        responsibleEmail.setValue(c.responsibleEmail() == null ? "" : c.responsibleEmail());
        reviewInterval.setValue(c.reviewIntervalMonths());
    }

    /** The form as the service's content, to save. */
    OfferingContent content() {
        Set<Keyword> words = new LinkedHashSet<>();
        LocalizedText typed = keywords.getValue();
        for (String language : LocalizedTextFields.LANGUAGES) {
            typed.in(language).ifPresent(text -> Arrays.stream(text.split("[,;]")).map(String::strip)
                    .filter(word -> !word.isEmpty()).forEach(word -> words.add(new Keyword(language, word))));
        }
        Set<UUID> classIds = uuids(classes.getValue());
        classIds.addAll(otherClasses.getValue());
        return new OfferingContent(name.getValue(), summary.getValue(), description.getValue(), words,
                classIds, uuids(targetGroups.getValue()), municipalities.getValue(), languages.getValue(),
                channels.stream().map(ChannelForm::value).toList(), contacts.stream().map(ContactForm::value).toList(),
                access.getValue(), howToGetThere.getValue(), referralInstructions.getValue(), charge.getValue(),
                costDescription.getValue(), validFrom.getValue(), validTo.getValue(), FieldText.blankToNull(responsiblePerson.getValue()),
                FieldText.blankToNull(responsibleEmail.getValue()), reviewInterval.getValue(), internalNote.getValue(),
                eligibility.getValue(), minimumAge.getValue(), maximumAge.getValue(), FieldText.blankToNull(funding.getValue()),
                coProducers.getValue(), capacities.stream().map(CapacityForm::value).toList(), alternateName.getValue(),
                alert.getValue(), costOptions.stream().map(CostOptionForm::value).toList(),
                documents.stream().map(RequiredDocumentForm::value).toList(), moreTerms.value());
    }

    private void addChannel(OfferingContent.Channel channel) {
        ChannelForm[] form = new ChannelForm[1];
        form[0] = new ChannelForm(channel, this::changed, () -> {
            channels.remove(form[0]);
            channelForms.remove(form[0]);
            numberChannels();
            changed();
        });
        channels.add(form[0]);
        channelForms.add(form[0]);
        numberChannels();
    }

    private void numberChannels() {
        for (int i = 0; i < channels.size(); i++) {
            channels.get(i).number(i + 1);
        }
    }

    private void addContact(OfferingContent.Contact contact) {
        ContactForm[] form = new ContactForm[1];
        form[0] = new ContactForm(contact, this::changed, () -> {
            contacts.remove(form[0]);
            contactForms.remove(form[0]);
            changed();
        });
        contacts.add(form[0]);
        contactForms.add(form[0]);
    }

    private void showActions() {
        actions.removeAll();
        Set<OfferingAction> allowed = loaded == null ? Set.of(OfferingAction.EDIT) : loaded.allowed();
        if (allowed.contains(OfferingAction.EDIT)) {
            Button save = new Button(getTranslation("editor.action.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
        }
        if (loaded == null) {
            actions.add(new Anchor("hallinta/palvelut", getTranslation("editor.action.cancel")),
                    new Anchor("#editor-preview", getTranslation("editor.preview.jump")));
            return;
        }
        action(allowed, OfferingAction.SUBMIT_FOR_REVIEW, "editor.action.submit",
                () -> editing.submitForReview(loaded.id(), loaded.version()));
        action(allowed, OfferingAction.PUBLISH, "editor.action.publish", () -> editing.publish(loaded.id(), loaded.version()));
        action(allowed, OfferingAction.RESTORE, "editor.action.restore", () -> editing.restore(loaded.id(), loaded.version()));
        action(allowed, OfferingAction.ARCHIVE, "editor.action.archive", () -> editing.archive(loaded.id(), loaded.version()));
        if (allowed.contains(OfferingAction.EDIT)) {
            // Not a content change: the version stays, so unsaved changes in the form are kept and saved later.
            showAssured(reassurance.last(EntryKind.SERVICE, loaded.id()));
            actions.add(new ReassureButton(reassurance, EntryKind.SERVICE, loaded.id(), null, this::showAssured), assured);
        }
        if (loaded.status() == OfferingStatus.PUBLISHED) {
            actions.add(new Anchor("palvelu/" + loaded.id(), getTranslation("editor.action.public-card")));
        }
        actions.add(new Anchor("#editor-preview", getTranslation("editor.preview.jump")),
                new Anchor("#" + HistorySection.ID, getTranslation("history.jump")));
    }

    private void showAssured(Reassurance.Reassured last) {
        assured.addClassName("editor-assured");
        assured.setText(last.assuredDate() == null ? getTranslation("review.assured.never")
                : getTranslation("review.assured", FinnishDates.date(last.assuredDate())));
    }

    /** A workflow button: unsaved changes are saved first, and the status changes only if that worked. */
    private void action(Set<OfferingAction> allowed, OfferingAction action, String label, LongSupplier command) {
        if (!allowed.contains(action)) {
            return;
        }
        Button button = new Button(getTranslation(label), click -> {
            if (unsaved.isDirty() && !save()) {
                return;
            }
            try {
                command.getAsLong();
                reload(getTranslation(label + "-done"));
            } catch (ConflictException conflict) {
                showConflict(conflict, content());
            } catch (RejectedInputException refused) {
                errors.showMessage(getTranslation(refused.getMessageKey()));
            }
        });
        if (action == OfferingAction.ARCHIVE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        actions.add(button);
    }

    /** Saves the form; a new service opens in its own address. Returns whether it was stored. */
    private boolean save() {
        OfferingContent content = content();
        try {
            if (loaded == null) {
                UUID providerId = provider.getValue();
                OfferingEditing.Editable created = editing.createDraft(providerId, content);
                unsaved.saved();
                Notification.show(getTranslation("editor.saved"));
                UI.getCurrent().navigate(ServiceEditorView.class, created.id().toString());
                return true;
            }
            long version = editing.update(loaded.id(), loaded.version(), content);
            UUID chosenResponsible = responsibleActor.getValue();
            if (loaded.allowed().contains(OfferingAction.ASSIGN_RESPONSIBILITY) && chosenResponsible != null
                    && !chosenResponsible.equals(loaded.responsibleActorId())) {
                editing.assignResponsibility(loaded.id(), version, chosenResponsible);
            }
            reload(getTranslation("editor.saved"));
            return true;
        } catch (ValidationException invalid) {
            showErrors(invalid.getFieldErrors());
        } catch (ConflictException conflict) {
            showConflict(conflict, content);
        } catch (RejectedInputException refused) {
            errors.showMessage(getTranslation(refused.getMessageKey()));
        }
        return false;
    }

    /**
     * Restores a version from the history over the loaded one (the user confirmed it, unsaved
     * changes included) and shows the result; someone else's save in between is not overwritten.
     */
    private void restoreVersion(long revision) {
        try {
            offeringHistory.restore(loaded.id(), revision, loaded.version());
            unsaved.saved();
            reload(getTranslation("history.restore.done"));
        } catch (ConflictException conflict) {
            // Someone saved meanwhile: her version is shown, in the history too, to choose again.
            unsaved.saved();
            show(editing.load(loaded.id()));
            errors.showMessage(getTranslation("history.restore.conflict"));
        } catch (ValidationException invalid) {
            errors.showMessage(getTranslation("history.restore.invalid", invalid.getFieldErrors().keySet().stream()
                    .map(this::fieldLabel).distinct().collect(Collectors.joining(", "))));
        } catch (RejectedInputException refused) {
            errors.showMessage(getTranslation(refused.getMessageKey()));
        }
    }

    private void reload(String message) {
        show(editing.load(loaded.id()));
        Notification.show(message);
    }

    private void showConflict(ConflictException conflict, OfferingContent mine) {
        new ConflictDialog<>(conflict, OfferingContent.class, loaded.content(), mine, this::fieldLabel, this::describe,
                (merged, version) -> {
                    loaded = new OfferingEditing.Editable(loaded.id(), version, loaded.status(), loaded.responsibleActorId(),
                            merged, loaded.providerId(), loaded.allowed());
                    fill(merged);
                    save();
                }, () -> reload(getTranslation("editor.reloaded"))).open();
    }

    void showErrors(Map<String, String> fieldErrors) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        Stream.of(name, summary, description, howToGetThere, referralInstructions, internalNote, costDescription, eligibility,
                alternateName, alert).forEach(texts -> targets.putAll(texts.errorTargets()));
        targets.put("keywords", (HasValidation) keywords.input("fi"));
        targets.put("provider", provider);
        targets.put("municipalities", municipalities);
        targets.put("languages", languages);
        targets.put("minimumAge", minimumAge);
        targets.put("maximumAge", maximumAge);
        targets.put("validFrom", validFrom);
        targets.put("validTo", validTo);
        targets.put("funding", funding);
        targets.put("coProducers", coProducers);
        targets.put("responsibleActor", responsibleActor);
        targets.put("responsiblePerson", responsiblePerson);
        targets.put("responsibleEmail", responsibleEmail);
        targets.put("reviewIntervalMonths", reviewInterval);
        for (int i = 0; i < channels.size(); i++) {
            targets.putAll(channels.get(i).errorTargets("channels[" + i + "]"));
        }
        for (int i = 0; i < contacts.size(); i++) {
            targets.putAll(contacts.get(i).errorTargets("contacts[" + i + "]"));
        }
        for (int i = 0; i < capacities.size(); i++) {
            targets.putAll(capacities.get(i).errorTargets("capacities[" + i + "]"));
        }
        for (int i = 0; i < costOptions.size(); i++) {
            targets.putAll(costOptions.get(i).errorTargets("costOptions[" + i + "]"));
        }
        for (int i = 0; i < documents.size(); i++) {
            targets.putAll(documents.get(i).errorTargets("requiredDocuments[" + i + "]"));
        }
        targets.putAll(moreTerms.errorTargets());
        moreTerms.openFor(fieldErrors.keySet());
        errors.show(fieldErrors, targets, this::fieldLabel);
        channels.forEach(ChannelForm::revealErrors);
    }

    /** A field's name for the user: "classes" → "Palveluluokat", "channels[1].openingHours[0]" → "Asiointikanava 2, aukioloaika 1". */
    private String fieldLabel(String field) {
        List<String> parts = new ArrayList<>();
        for (String part : field.split("\\.")) {
            Matcher indexed = INDEXED.matcher(part);
            if (indexed.matches()) {
                parts.add(getTranslation("editor.field." + indexed.group(1), Integer.parseInt(indexed.group(2)) + 1));
            } else if (!LocalizedTextFields.LANGUAGES.contains(part)) {
                parts.add(getTranslation("editor.field." + part));
            }
        }
        return String.join(", ", parts);
    }

    /** A stored or typed value as the conflict dialog shows it. */
    private String describe(Object value) {
        if (value == null) {
            return getTranslation("editor.conflict.empty");
        }
        if (value instanceof LocalizedText text) {
            String joined = LocalizedTextFields.LANGUAGES.stream().map(language -> text.in(language).orElse(null))
                    .filter(Objects::nonNull).collect(Collectors.joining(" / "));
            return joined.isEmpty() ? getTranslation("editor.conflict.empty") : joined;
        }
        if (value instanceof OfferingContent.MoreTerms terms) {
            String shown = moreTerms.describe(terms);
            return shown.isEmpty() ? getTranslation("editor.conflict.empty") : shown;
        }
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return getTranslation("editor.conflict.empty");
            }
            return items.stream().map(this::describeItem).collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    private String describeItem(Object item) {
        if (item instanceof OfferingContent.Channel channel) {
            Integer extension = channel.details().phoneExtension();
            return Stream.of(getTranslation("channel." + channel.type().name()), channel.name().getFi(), channel.streetAddress(),
                            channel.phone(), extension == null ? null : getTranslation("service.channel.extension", String.valueOf(extension)),
                            channel.email(), channel.url(), channel.details().postalStreetAddress()).filter(Objects::nonNull)
                    .collect(Collectors.joining(", ")) + " (" + channel.openingHours().size() + " " + getTranslation("editor.conflict.hours") + ")";
        }
        if (item instanceof OfferingContent.Contact contact) {
            return Stream.of(contact.name(), contact.title(), contact.email(), contact.phone(), contact.phoneExtension() == null
                            ? null : getTranslation("service.channel.extension", String.valueOf(contact.phoneExtension())))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
        }
        if (item instanceof OfferingContent.Capacity capacity) {
            return Stream.of(capacity.unit() == null ? null : getTranslation("capacity.unit." + capacity.unit().name()),
                    capacity.available() + (capacity.maximum() == null ? "" : " / " + capacity.maximum()),
                    capacity.description() == null ? null : capacity.description().getFi())
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
        }
        if (item instanceof OfferingContent.CostOption cost) {
            return Stream.of(cost.option() == null ? null : cost.option().getFi(),
                    cost.amount() == null ? null : cost.amount().toPlainString() + " " + Objects.toString(cost.currency(), ""),
                    cost.amountDescription() == null ? null : cost.amountDescription().getFi())
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
        }
        if (item instanceof OfferingContent.Document document) {
            return Stream.of(document.document() == null ? null : document.document().getFi(), document.uri())
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
        }
        if (item instanceof Keyword keyword) {
            return keyword.getWord() + " (" + keyword.getLanguage() + ")";
        }
        if (item instanceof UUID id) {
            return actorNames.containsKey(id) ? actorName(id) : id.toString();
        }
        return item.toString();
    }

    private String actorName(UUID id) {
        LocalizedText text = actorNames.get(id);
        return text == null ? id.toString() : text.get(getLocale());
    }

    private static Set<String> strings(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<UUID> uuids(Set<String> ids) {
        return ids.stream().map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
