package fi.ekokartta.security;

import org.springframework.data.repository.Repository;

import java.util.Optional;
import java.util.UUID;

interface PasswordLinkRepository extends Repository<PasswordLink, UUID> {

    PasswordLink save(PasswordLink link);

    Optional<PasswordLink> findByTokenHash(String tokenHash);
}
