package kz.edufusion.placements.domain;

import java.util.Optional;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.PersonView;

/** The people and organizations of one placement by name, for its pages and documents (the agreement, the certificate). */
public record PlacementPeople(LocalizedText universityName, Optional<LocalizedText> companyName, Optional<PersonView> student,
        Optional<PersonView> tutor, Optional<PersonView> mentor) {
}
