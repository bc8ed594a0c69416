package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.util.Optional;
import java.util.UUID;

/** The objects already stored that an import may refer to without carrying them. */
public interface StoredContent {

    /** Nothing stored: the seed's first run into an empty database, and tests of reading alone. */
    StoredContent NONE = new StoredContent() {
    };

    default Optional<Actor> actor(UUID id) {
        return Optional.empty();
    }

    default Optional<Program> program(UUID id) {
        return Optional.empty();
    }

    default Optional<TaxonomyTerm> term(UUID id) {
        return Optional.empty();
    }

    default Optional<TargetGroup> targetGroup(UUID id) {
        return Optional.empty();
    }
}
