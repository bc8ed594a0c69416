package fi.ekokartta.offering;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface OfferingRepository extends JpaRepository<Offering, UUID> {

    long countByStatus(OfferingStatus status);

    /** How many services, in any status, belong to the program. */
    long countByProgramId(UUID programId);

    long countByProviderIdAndStatus(UUID providerId, OfferingStatus status);

    /**
     * The service for a save, its row locked until the transaction ends: concurrent saves of one
     * service take turns, so each sees the version the one before it stored.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Offering o where o.id = :id")
    Optional<Offering> findForEditing(UUID id);

    /** Services in a status whose validity ended before the day (the end day itself is still valid). */
    @Query("select o.id from Offering o where o.status = :status and o.validTo < :day")
    List<UUID> findIdsValidUntilBefore(OfferingStatus status, LocalDate day);

    /** Services in a status whose validity ends within the days, both included. */
    @Query("select o.id from Offering o where o.status = :status and o.validTo between :first and :last")
    List<UUID> findIdsValidUntilBetween(OfferingStatus status, LocalDate first, LocalDate last);

    List<Offering> findByProviderIdAndStatus(UUID providerId, OfferingStatus status, Sort sort);
}
