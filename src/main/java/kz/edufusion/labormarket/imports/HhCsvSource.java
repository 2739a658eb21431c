package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kz.edufusion.common.csv.CsvReader;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.common.csv.RejectedRow;

/**
 * hh's CSV export: vacancy_id,name,area,salary_from,salary_to,salary_currency,experience,schedule,employment,
 * description,key_skills,employer_name,published_at,url (key_skills comma-separated in one field); an optional
 * language column declares the text's language.
 */
final class HhCsvSource implements VacancySource {

    static final String SOURCE = "hh";
    static final List<String> COLUMNS = List.of("vacancy_id", "name", "area", "salary_from", "salary_to",
            "salary_currency", "experience", "schedule", "employment", "description", "key_skills", "employer_name",
            "published_at", "url");

    private final DecodedInput input;
    private final CsvTable table;

    private HhCsvSource(DecodedInput input, CsvTable table) {
        this.input = input;
        this.table = table;
    }

    static HhCsvSource open(InputStream in) throws IOException {
        DecodedInput input = DecodedInput.open(in, "auto");
        CsvReader reader = new CsvReader(input.reader(), ',', VacancyLimits.DESCRIPTION_HTML);
        return new HhCsvSource(input, CsvTable.open(reader, COLUMNS));
    }

    @Override
    public SourceItem next() throws IOException {
        CsvRow row = table.next();
        if (row == null) {
            return null;
        }
        String id = row.optional("vacancy_id");
        try {
            row.requireColumns(COLUMNS);
            if (row.overlongColumn() != null) {
                throw new RejectedRow(row.overlongColumn() + " is longer than " + VacancyLimits.DESCRIPTION_HTML + " characters");
            }
            return SourceItem.of(new RawVacancy(row.line(), SOURCE, id, row.optional("name"), row.optional("description"),
                    row.optional("area"), FieldValues.number("salary_from", row.optional("salary_from")),
                    FieldValues.number("salary_to", row.optional("salary_to")), row.optional("salary_currency"), null,
                    null, row.optional("experience"), row.optional("schedule"), row.optional("employment"),
                    row.optional("employer_name"), FieldValues.tags(row.optional("key_skills")),
                    FieldValues.date("published_at", row.optional("published_at"), null), row.optional("url"),
                    row.optional("language")));
        } catch (RejectedRow e) {
            return SourceItem.rejected(row.line(), id, e.getMessage());
        }
    }

    @Override
    public String encoding() {
        return input.encoding();
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public long bytesRead() {
        return input.counter().count();
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
