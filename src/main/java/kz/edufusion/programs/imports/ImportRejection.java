package kz.edufusion.programs.imports;

import java.util.List;

/**
 * A row the import did not take: its table and row number as the spreadsheet shows them, the code it names
 * (program code, or the child's own), and each reason as a column and a message key (shown in the reader's
 * language), with the offending value as the message's argument.
 */
public record ImportRejection(Sheet sheet, int row, String code, List<Reason> reasons) {

    public ImportRejection {
        reasons = List.copyOf(reasons);
    }

    public record Reason(String column, String messageKey, String value) {

        /** The message's arguments: the offending value (messages that do not show it ignore it). */
        public Object[] arguments() {
            return new Object[] {value == null ? "" : value};
        }
    }
}
