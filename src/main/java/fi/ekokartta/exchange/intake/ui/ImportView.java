package fi.ekokartta.exchange.intake.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.export.ListExport;
import fi.ekokartta.base.ui.ListDownloads;
import fi.ekokartta.base.ui.TitledSection;
import fi.ekokartta.exchange.excel.ExcelTemplate;
import fi.ekokartta.exchange.imports.ImportOutcome;
import fi.ekokartta.exchange.imports.ImportProblem;
import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportRow;
import fi.ekokartta.exchange.intake.ImportFormat;
import fi.ekokartta.exchange.intake.ImportIntake;
import fi.ekokartta.exchange.intake.IncomingImport;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tietojen tuonti: a coordinator uploads an HSDS file, the CSV data package, an actor's filled
 * Excel template or a PTV file, sees the dry run's report row by row (created, updated, unchanged,
 * rejected with the reason, every field left out, possible duplicates) and only then stores it,
 * all or nothing.
 */
@Route("hallinta/tuonti")
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Menu(title = "menu.import", order = 97, icon = "vaadin:upload")
public class ImportView extends Div implements HasDynamicTitle {

    /** The largest file taken: the import's own limits refuse bigger parts inside a zip. */
    static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    private final ImportIntake intake;
    private final RadioButtonGroup<ImportFormat> format = new RadioButtonGroup<>();
    private final Paragraph chosenFile = new Paragraph();
    private final Button check = new Button();
    private final Button store = new Button();
    private final Div outcome = new Div();
    private final Div report = new Div();
    private String fileName;
    private byte[] bytes;
    private IncomingImport incoming;
    private UI ui;

    ImportView(ImportIntake intake, ExcelTemplate template) {
        this.intake = intake;
        addClassNames("page", "import-page");
        Paragraph lead = new Paragraph(getTranslation("import.view.lead"));
        lead.addClassName("lead");
        TitledSection templateSection = new TitledSection("import-template-heading", getTranslation("import.view.template.title"));
        templateSection.add(new Paragraph(getTranslation("import.view.template.help")), new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    template.write(out, getLocale(), Optional.empty());
                    byte[] file = out.toByteArray();
                    return new DownloadResponse(new ByteArrayInputStream(file), template.fileName(getLocale()),
                            ExcelTemplate.CONTENT_TYPE, file.length);
                }), getTranslation("import.view.template.download")));

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> receive(metadata.fileName(), data))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".json", ".zip", ".xlsx", "application/json", "application/zip",
                ExcelTemplate.CONTENT_TYPE);
        upload.addFileRejectedListener(rejected -> outcome.setText(getTranslation("import.view.file-refused",
                rejected.getErrorMessage())));
        upload.getElement().setAttribute("aria-label", getTranslation("import.view.upload"));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.too-big"))
                        .setIncorrectFileType(getTranslation("import.upload.wrong-type"))
                        .setTooManyFiles(getTranslation("import.upload.one-file"))));
        format.setLabel(getTranslation("import.view.format"));
        format.setItems(ImportFormat.values());
        format.setItemLabelGenerator(value -> getTranslation("import.format." + value.name()));
        format.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                readAgain();
            }
        });
        check.setText(getTranslation("import.view.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> plan());
        store.setText(getTranslation("import.view.store"));
        store.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        store.addClickListener(click -> apply());
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("import-outcome");
        TitledSection fileSection = new TitledSection("import-file-heading", getTranslation("import.view.file.title"));
        fileSection.add(new Paragraph(getTranslation("import.view.file.help")), upload, chosenFile, format,
                buttons());
        add(new H1(getTranslation("import.view.title")), lead, templateSection, fileSection, outcome, report, exports());
        showButtons(false);
    }

    /** Where the whole public dataset and a municipality's services in PTV's shape are downloaded. */
    private TitledSection exports() {
        TitledSection section = new TitledSection("import-export-heading", getTranslation("import.view.export.title"));
        UnorderedList files = new UnorderedList();
        for (String language : List.of("fi", "sv", "en")) {
            files.add(new ListItem(new Anchor("api/avoin-data/ekokartta-hsds-" + language + ".json",
                    getTranslation("import.view.export.json", getTranslation("editor.language." + language)))));
        }
        for (String language : List.of("fi", "sv", "en")) {
            files.add(new ListItem(new Anchor("api/avoin-data/ekokartta-hsds-csv-" + language + ".zip",
                    getTranslation("import.view.export.csv", getTranslation("editor.language." + language)))));
        }
        files.add(new ListItem(new Anchor("swagger-ui/index.html", getTranslation("import.view.export.api"))));
        Select<Municipality> municipality = new Select<>();
        municipality.setLabel(getTranslation("import.view.export.ptv-municipality"));
        municipality.setItems(intake.areaMunicipalities());
        municipality.setItemLabelGenerator(m -> m.getName().get(getLocale()) + " (" + m.getCode() + ")");
        Anchor ptv = new Anchor("", getTranslation("import.view.export.ptv"));
        ptv.setEnabled(false);
        municipality.addValueChangeListener(change -> {
            ptv.setHref("api/ptv/v11/services?municipality=" + change.getValue().getCode());
            ptv.setEnabled(true);
        });
        section.add(new Paragraph(getTranslation("import.view.export.help")), files, municipality, ptv);
        return section;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    /** A file arrived: its format is guessed and it is read, nothing planned yet. */
    public void receive(String name, byte[] data) {
        fileName = name;
        bytes = data;
        format.setValue(ImportFormat.guess(name, data));
        chosenFile.setText(getTranslation("import.view.chosen", name));
        readAgain();
    }

    private void readAgain() {
        report.removeAll();
        outcome.removeAll();
        incoming = bytes == null ? null : intake.read(format.getValue(), fileName, bytes);
        if (incoming != null && incoming.refused()) {
            outcome.setText(getTranslation("import.view.refused", incoming.refusals().size()));
            report.add(problems("import.view.refusals", incoming.refusals()));
        }
        showButtons(false);
    }

    /** The dry run: the report, nothing stored. */
    void plan() {
        if (incoming == null || incoming.refused()) {
            return;
        }
        ImportReport planned = intake.plan(incoming);
        show(planned);
        if (incoming.format() == ImportFormat.EXCEL && !planned.rows(ImportOutcome.UPDATED).isEmpty()) {
            // What an update of stored entries changes, and what it keeps (ImportMerge), before she stores it.
            Paragraph warning = new Paragraph(getTranslation("import.view.excel-update-warning",
                    planned.rows(ImportOutcome.UPDATED).size()));
            warning.addClassName("import-warning");
            report.addComponentAsFirst(warning);
        }
        outcome.setText(getTranslation(planned.rejected() ? "import.view.plan-rejected" : "import.view.plan-ok",
                counts(planned)));
        showButtons(!planned.rejected());
    }

    /** Stores what the dry run showed, planned again in the storing transaction. */
    void apply() {
        if (incoming == null || incoming.refused()) {
            return;
        }
        ImportReport applied = intake.apply(incoming);
        show(applied);
        outcome.setText(getTranslation(applied.applied() ? "import.view.stored" : "import.view.plan-rejected",
                counts(applied)));
        showButtons(false);
    }

    private Div buttons() {
        Div buttons = new Div(check, store);
        buttons.addClassName("import-buttons");
        return buttons;
    }

    private void showButtons(boolean planOk) {
        check.setEnabled(incoming != null && !incoming.refused());
        store.setEnabled(planOk);
    }

    private void show(ImportReport shown) {
        report.removeAll();
        if (!incoming.notes().isEmpty()) {
            report.add(problems("import.view.notes", incoming.notes()));
        }
        if (!shown.warnings().isEmpty()) {
            report.add(problems("import.view.warnings", shown.warnings()));
        }
        if (!shown.duplicates().isEmpty()) {
            TitledSection duplicates = new TitledSection("import-duplicates-heading", getTranslation("import.report.duplicates"));
            UnorderedList list = new UnorderedList();
            shown.duplicates().forEach(duplicate -> list.add(new ListItem(getTranslation("import.view.duplicate",
                    duplicate.name(), duplicate.otherName(), getTranslation(duplicate.reason())))));
            duplicates.add(list);
            report.add(duplicates);
        }
        ReportRows rows = new ReportRows(shown.rows(), getLocale(), this::outcomeName);
        TitledSection table = new TitledSection("import-rows-heading", getTranslation("import.view.rows"));
        table.add(new ListDownloads<>(getTranslation("import.view.rows"), getTranslation("import.view.report-file"),
                shown::rows, this::reportColumns), rows);
        report.add(table);
    }

    private List<ListExport.Column<ImportRow>> reportColumns() {
        return List.of(new ListExport.Column<>(getTranslation("import.column.outcome"), row -> outcomeName(row.outcome())),
                new ListExport.Column<>(getTranslation("import.column.kind"), ImportRow::kind),
                new ListExport.Column<>(getTranslation("import.column.name"), ImportRow::name),
                new ListExport.Column<>(getTranslation("import.column.file"), ImportRow::file),
                new ListExport.Column<>(getTranslation("import.column.entry"), ImportRow::entry),
                new ListExport.Column<>(getTranslation("import.column.id"), row -> row.id() == null ? null : row.id().toString()),
                new ListExport.Column<>(getTranslation("import.column.reasons"), row -> row.reasons().stream()
                        .map(reason -> reason.describe(getLocale())).collect(Collectors.joining("; "))),
                new ListExport.Column<>(getTranslation("import.column.dropped"), row -> String.join(", ", row.dropped())));
    }

    private String outcomeName(ImportOutcome value) {
        return getTranslation("import.view.outcome." + value.name());
    }

    private String counts(ImportReport shown) {
        Map<ImportOutcome, Integer> counts = shown.counts();
        return counts.entrySet().stream().map(count -> outcomeName(count.getKey()) + " " + count.getValue())
                .collect(Collectors.joining(", "));
    }

    private TitledSection problems(String titleKey, List<ImportProblem> problems) {
        TitledSection section = new TitledSection(titleKey.replace('.', '-'), getTranslation(titleKey, problems.size()));
        UnorderedList list = new UnorderedList();
        problems.stream().limit(ReportRows.MAX_SHOWN).forEach(problem -> list.add(new ListItem(problem.describe(getLocale()))));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.view.title") + " – Ekokartta";
    }
}
