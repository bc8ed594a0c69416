package fi.ekokartta.guidance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ShortlistRepository extends JpaRepository<Shortlist, UUID> {

    Optional<Shortlist> findFirstByOwnerUsernameAndExpiresAtAfterOrderByOpenedAtDesc(String ownerUsername, Instant now);

    List<Shortlist> findByOwnerUsernameAndExpiresAtAfterOrderByCreatedAtDesc(String ownerUsername, Instant now);

    Optional<Shortlist> findByIdAndOwnerUsernameAndExpiresAtAfter(UUID id, String ownerUsername, Instant now);

    Optional<Shortlist> findByShareToken(String shareToken);

    @Modifying
    @Query("delete from Shortlist s where s.expiresAt <= :now")
    int deleteExpired(Instant now);
}
