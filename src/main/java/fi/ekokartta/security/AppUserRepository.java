package fi.ekokartta.security;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AppUserRepository extends Repository<AppUser, UUID> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<AppUser> findById(UUID id);

    List<AppUser> findAllByOrderByUsernameAsc();

    AppUser save(AppUser user);

    long count();
}
