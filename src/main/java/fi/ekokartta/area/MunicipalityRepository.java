package fi.ekokartta.area;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MunicipalityRepository extends Repository<Municipality, String> {

    Optional<Municipality> findById(String code);

    List<Municipality> findByCodeIn(Collection<String> codes);

    List<Municipality> findAllByOrderByInEmploymentAreaDescCodeAsc();
}
