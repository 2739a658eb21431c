package kz.edufusion.labormarket.normalize;

import java.util.Optional;

/**
 * The NACE Rev.2 (OKED) section of a vacancy whose employer is not a platform organization (a linked
 * organization's own section comes first): from the employer's name, else from the occupation's ISCO group.
 */
public interface NaceClassifier {

    Optional<String> sectionFor(String employerName, String iscoCode);
}
