package fi.ekokartta.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AppUserRepository extends Repository<AppUser, UUID> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<AppUser> findById(UUID id);

    List<AppUser> findAllByOrderByUsernameAsc();

    /** One page of the users in username order. */
    List<AppUser> findAllByOrderByUsernameAsc(Pageable page);

    AppUser save(AppUser user);

    long count();
}
