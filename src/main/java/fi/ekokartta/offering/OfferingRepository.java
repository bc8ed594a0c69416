package fi.ekokartta.offering;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface OfferingRepository extends JpaRepository<Offering, UUID> {

    long countByStatus(OfferingStatus status);
}
