package fi.ekokartta.stewardship;

import org.springframework.data.repository.Repository;

interface ValidityWarningRepository extends Repository<ValidityWarning, ValidityWarning.Key> {

    boolean existsById(ValidityWarning.Key key);

    ValidityWarning save(ValidityWarning warning);

    long count();
}
