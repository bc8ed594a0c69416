package fi.ekokartta.guidance;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The client's handout of a shared shortlist: the counsellor chooses, when sharing her current
 * list, the client's language and municipality; anyone holding the share token reads the handout
 * so made (the web page and its PDF alike). Expired and unknown lists have no handout.
 */
@Service
@Transactional
public class HandoutService {

    private final ShortlistService lists;
    private final ShortlistRepository shortlists;
    private final MunicipalityRepository municipalities;

    HandoutService(ShortlistService lists, ShortlistRepository shortlists, MunicipalityRepository municipalities) {
        this.lists = lists;
        this.shortlists = shortlists;
        this.municipalities = municipalities;
    }

    /** The handout options of the signed-in professional's current list, if she has one. */
    @Transactional(readOnly = true)
    public Optional<HandoutOptions> options() {
        return lists.current().map(content -> entity(content).getHandoutOptions());
    }

    /**
     * Sets the client's language (fi, sv, en) and municipality (Statistics Finland code; blank for
     * every office) on the current list. Anything else is refused and nothing is stored.
     */
    public HandoutOptions choose(String languageCode, String municipalityCode) {
        Language language = Language.fromCode(languageCode)
                .orElseThrow(() -> new RejectedInputException("handout.error.language"));
        String municipality = municipalityCode == null || municipalityCode.isBlank() ? null
                : municipalities.findById(municipalityCode).map(Municipality::getCode)
                .orElseThrow(() -> new RejectedInputException("handout.error.municipality"));
        Shortlist list = entity(lists.current().orElseThrow(() -> new RejectedInputException("shortlist.error.no-list")));
        HandoutOptions options = new HandoutOptions(language, municipality);
        list.setHandoutOptions(options);
        return options;
    }

    /** The municipalities a handout can be limited to, those of the employment area first. */
    @Transactional(readOnly = true)
    public List<Handout.Place> municipalities() {
        return municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream()
                .map(place -> new Handout.Place(place.getCode(), place.getName())).toList();
    }

    /** The handout of a shared list, as its options make it; empty when the token is unknown or expired. */
    @Transactional(readOnly = true)
    public Optional<Handout> handout(String token) {
        return lists.shared(token).map(content -> {
            HandoutOptions options = entity(content).getHandoutOptions();
            Municipality place = options.municipalityCode() == null ? null
                    : municipalities.findById(options.municipalityCode()).orElse(null);
            return Handout.of(content, options.language(), place);
        });
    }

    private Shortlist entity(ShortlistContent content) {
        return shortlists.findById(content.id()).orElseThrow();
    }
}
