package kz.edufusion.reference;

import java.util.List;
import kz.edufusion.common.LocalizedText;

/**
 * An ESCO occupation. {@code id} is the last segment of its URI (a UUID) and is what the API addresses;
 * {@code code} is ESCO's own code, which starts with the ISCO unit group (e.g. 2512.4).
 */
public record Occupation(String id, String uri, String code, String iscoGroup, LocalizedText label,
        List<String> alternativeLabels, LocalizedText description) {
}
