package kz.edufusion.labormarket.mappings;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.edufusion.common.web.DomainProblem;

/**
 * A draft that breaks the rules, with a message key per field to blame. Fields are the draft's component names;
 * a column is "columns.TITLE".
 */
public class InvalidMapping extends DomainProblem {

    public InvalidMapping(Map<String, String> fieldErrors) {
        super("lm.mappings.invalid", fieldErrors.entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
    }

    /** Field name to message key, in the draft's field order. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        fieldProblems().forEach(p -> errors.put(p.field(), p.messageKey()));
        return errors;
    }
}
