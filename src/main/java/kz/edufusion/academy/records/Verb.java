package kz.edufusion.academy.records;

import java.util.Arrays;
import java.util.Optional;

/** The ADL verbs the academy records (xAPI 1.0.3 vocabulary, http://adlnet.gov/expapi/verbs/...). */
public enum Verb {
    REGISTERED("registered"), EXPERIENCED("experienced"), COMPLETED("completed"), ANSWERED("answered"),
    PASSED("passed"), FAILED("failed");

    private static final String BASE = "http://adlnet.gov/expapi/verbs/";

    private final String word;

    Verb(String word) {
        this.word = word;
    }

    public String iri() {
        return BASE + word;
    }

    public String word() {
        return word;
    }

    public static Optional<Verb> ofIri(String iri) {
        return Arrays.stream(values()).filter(v -> v.iri().equals(iri)).findFirst();
    }
}
