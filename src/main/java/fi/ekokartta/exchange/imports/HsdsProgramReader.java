package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.exchange.api.document.ProgramDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.Offering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * HSDS programs: those listed under an organization ({@code programs}) become its programs; a
 * service names one by {@code program_id} or a nested {@code program}. A nested program not listed
 * by the organization is added to it when the organization is in the same import; a program of
 * another organization is refused, since a service belongs only to its provider's programs.
 */
final class HsdsProgramReader {

    private final ImportGraph graph;

    HsdsProgramReader(ImportGraph graph) {
        this.graph = graph;
    }

    void readOwn(ImportEntry organization, List<ProgramDocument> items, Actor actor) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                // A program listed by its organization is that organization's, whatever organization_id says.
                read(organization.child("programs", i), items.get(i), actor);
            }
        }
    }

    /** The program a service belongs to, checked to be its provider's. */
    void link(ImportEntry service, ServiceDocument document, Offering offering) {
        ProgramDocument nested = document.program();
        ImportEntry program = nested == null ? null : service.child("program");
        Optional<UUID> id = Optional.ofNullable(document.programId())
                .or(() -> nested == null ? Optional.empty() : Optional.ofNullable(nested.id()));
        if (id.isEmpty()) {
            service.unused("program");
            return;
        }
        Optional<Program> known = graph.program(id.get());
        Actor provider = offering.getProvider();
        if (known.isEmpty() && program != null && provider != null && graph.actors.get(provider.getId()) == provider) {
            known = read(program, nested, provider);
            // Added to the organization of the service, whatever organization_id says.
            program.unused("organization_id");
        } else if (known.isEmpty() && program != null) {
            // Only the id of the nested program was read, to look for it.
            service.unused("program");
            if (document.programId() == null) {
                program.used("id");
            }
        }
        if (known.isEmpty()) {
            service.warningKey(program == null ? "program_id" : "program", "import.warning.unknown-program", id.get().toString());
            service.unused("program_id");
            return;
        }
        if (provider != null && !known.get().getActor().getId().equals(provider.getId())) {
            service.reject(program == null ? "program_id" : "program", "import.problem.program-of-another-organization",
                    id.get().toString());
            return;
        }
        offering.setProgram(known.get());
    }

    private Optional<Program> read(ImportEntry item, ProgramDocument document, Actor actor) {
        UUID id = item.required("id", document.id());
        String name = item.required("name", document.name());
        String description = document.description();
        String alternateName = document.alternateName();
        if (id == null || name == null) {
            return Optional.empty();
        }
        if (graph.programs.containsKey(id)) {
            item.reject("id", "import.problem.duplicate-id");
            return Optional.empty();
        }
        Program program = new Program();
        program.setId(id);
        program.getName().set("fi", name);
        program.getAlternateName().set("fi", alternateName);
        program.getDescription().set("fi", description);
        actor.addProgram(program);
        graph.programs.put(id, program);
        return Optional.of(program);
    }
}
