package kz.edufusion.labormarket.mappings;

import java.util.Map;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.http.HttpStatus;

/**
 * A draft that breaks the rules, with a message key per field to blame. Fields are the draft's component names;
 * a column is "columns.TITLE".
 */
public class InvalidMapping extends DomainProblem {

    private final transient Map<String, String> fieldErrors;

    public InvalidMapping(Map<String, String> fieldErrors) {
        super(HttpStatus.BAD_REQUEST, "validation", "lm.mappings.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name to message key, in the draft's field order. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
