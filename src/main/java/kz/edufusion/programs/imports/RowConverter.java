package kz.edufusion.programs.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.domain.CohortDraft;
import kz.edufusion.programs.domain.DisciplineComponent;
import kz.edufusion.programs.domain.DisciplineCycle;
import kz.edufusion.programs.domain.DisciplineDraft;
import kz.edufusion.programs.domain.OutcomeDraft;
import kz.edufusion.programs.domain.ProgramDraft;
import kz.edufusion.programs.imports.ImportRejection.Reason;

/**
 * Turns table rows into drafts. Values that do not even convert (a word where a number belongs, an unknown type)
 * are collected as reasons, so a row is reported with all its conversion problems at once; the Register's rules
 * then judge the draft. Dates are ISO (2027-06-30), dd.MM.yyyy or an Excel date; lists are separated by ; or ,.
 */
final class RowConverter {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final List<Reason> reasons = new ArrayList<>();
    private final UploadRow row;

    RowConverter(UploadRow row) {
        this.row = row;
    }

    List<Reason> reasons() {
        return reasons;
    }

    ProgramDraft program() {
        return new ProgramDraft(row.get("code"), enumOf(ProgramLevel.class, "level"), row.get("title_kk"),
                row.get("title_ru"), row.get("title_en"), row.get("group_code"), row.get("degree"), integer("credits"),
                list("languages").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList(), enumOf(ProgramType.class, "type"),
                row.get("accreditation_agency"), date("accredited_until"), upper("region"), row.get("atlas_profession"));
    }

    OutcomeDraft outcome() {
        return new OutcomeDraft(row.get("code"), row.get("text_kk"), row.get("text_ru"), row.get("text_en"));
    }

    DisciplineDraft discipline() {
        return new DisciplineDraft(row.get("code"), row.get("title_kk"), row.get("title_ru"), row.get("title_en"),
                enumOf(DisciplineCycle.class, "cycle"), enumOf(DisciplineComponent.class, "component"), integer("credits"),
                list("outcomes"));
    }

    CohortDraft cohort() {
        return new CohortDraft(integer("academic_year"), integer("intake"), integer("graduates"));
    }

    private String upper(String column) {
        String value = row.get(column);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private Integer integer(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(" ", "").replace(',', '.')).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            reasons.add(new Reason(column, "programs.import.reason.number", value));
            return null;
        }
    }

    private LocalDate date(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("[0-9]{4,6}")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(value));
            }
            return value.contains(".") ? LocalDate.parse(value, DOTTED) : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            reasons.add(new Reason(column, "programs.import.reason.date", value));
            return null;
        }
    }

    private <E extends Enum<E>> E enumOf(Class<E> type, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reasons.add(new Reason(column, "programs.import.reason.choice", value));
            return null;
        }
    }

    private List<String> list(String column) {
        String value = row.get(column);
        return value == null ? List.of() : Arrays.stream(value.split("[;,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
