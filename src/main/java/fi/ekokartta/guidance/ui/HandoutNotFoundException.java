package fi.ekokartta.guidance.ui;

import com.vaadin.flow.router.NotFoundException;

/** No shared list behind a handout's address: it has expired, or the address is wrong. */
class HandoutNotFoundException extends NotFoundException {

    HandoutNotFoundException(String token) {
        super("No shared shortlist " + token);
    }
}
