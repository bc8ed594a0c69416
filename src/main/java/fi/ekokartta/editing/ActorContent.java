package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.List;
import java.util.UUID;

/**
 * Everything an editor sets on an actor in one save. The further websites, the identifiers
 * other than the Y-tunnus and the programs are replaced as a whole (rows keep their ids).
 */
public record ActorContent(LocalizedText name, String alternateName, LocalizedText description, ActorSector sector,
                           String businessId, UUID parentId, String website, String email, String phone,
                           List<Website> websites, List<Identifier> identifiers, Registration registration,
                           List<Program> programs) {

    /** A further web address; {@code id} is null for a new one. */
    public record Website(UUID id, String label, String url) {
    }

    /** A registered identifier other than the Y-tunnus; {@code id} is null for a new one. */
    public record Identifier(UUID id, String scheme, String type, String identifier) {
    }

    /**
     * The organization's legal form in words (oikeudellinen muoto), the year it was founded or
     * registered, the addresses of its logo and of its entry in another register (uri), and how it
     * is funded: details an import mostly brings, which the editor corrects.
     */
    public record Registration(String legalStatus, Integer yearIncorporated, String logo, String uri, String funding) {
        public static final Registration NONE = new Registration(null, null, null, null, null);
    }

    /**
     * A program (ohjelma, HSDS program) the organization runs, which its services may belong to;
     * {@code id} is null for a new one. A program keeps its id when renamed, so the services that
     * belong to it stay with it.
     */
    public record Program(UUID id, LocalizedText name, LocalizedText alternateName, LocalizedText description) {
        public Program {
            name = name == null ? new LocalizedText() : name;
            alternateName = alternateName == null ? new LocalizedText() : alternateName;
            description = description == null ? new LocalizedText() : description;
        }
    }

    public ActorContent {
        websites = websites == null ? List.of() : List.copyOf(websites);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        registration = registration == null ? Registration.NONE : registration;
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    /** Content of the basic fields only: no further websites, identifiers, registration details or programs. */
    public ActorContent(LocalizedText name, String alternateName, LocalizedText description, ActorSector sector,
                        String businessId, UUID parentId, String website, String email, String phone) {
        this(name, alternateName, description, sector, businessId, parentId, website, email, phone, List.of(), List.of(),
                Registration.NONE, List.of());
    }

    /** The content of a stored actor, as an editor loads it. */
    public static ActorContent of(Actor actor) {
        LocalizedText name = actor.getName();
        LocalizedText description = actor.getDescription();
        return new ActorContent(new LocalizedText(name.getFi(), name.getSv(), name.getEn()), actor.getAlternateName(),
                new LocalizedText(description.getFi(), description.getSv(), description.getEn()), actor.getSector(),
                actor.getBusinessId(), actor.getParent() == null ? null : actor.getParent().getId(), actor.getWebsite(),
                actor.getEmail(), actor.getPhone(),
                actor.getWebsites().stream().map(w -> new Website(w.getId(), w.getLabel(), w.getUrl())).toList(),
                actor.getIdentifiers().stream()
                        .map(i -> new Identifier(i.getId(), i.getScheme(), i.getType(), i.getIdentifier())).toList(),
                new Registration(actor.getLegalStatus(), actor.getYearIncorporated(), actor.getLogo(), actor.getUri(),
                        actor.getFunding()),
                actor.getPrograms().stream().sorted(java.util.Comparator.comparingInt(p -> p.getPosition() == null ? 0 : p.getPosition()))
                        .map(p -> new Program(p.getId(), copy(p.getName()), copy(p.getAlternateName()),
                                copy(p.getDescription()))).toList());
    }

    private static LocalizedText copy(LocalizedText text) {
        return new LocalizedText(text.getFi(), text.getSv(), text.getEn());
    }
}
