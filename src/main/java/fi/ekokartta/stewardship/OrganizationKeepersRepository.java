package fi.ekokartta.stewardship;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface OrganizationKeepersRepository extends JpaRepository<OrganizationKeepers, UUID> {
}
