package kz.edufusion.programs.imports;

import kz.edufusion.common.web.DomainProblem;
import org.springframework.http.HttpStatus;

/** The upload as a whole cannot be imported (not a workbook, a table lacks columns, too large): nothing is written. */
public class ImportRefused extends DomainProblem {

    public ImportRefused(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, "import-refused", messageKey, arguments);
    }
}
