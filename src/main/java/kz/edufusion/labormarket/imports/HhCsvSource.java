package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kz.edufusion.common.csv.CsvReader;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;

/**
 * hh's CSV export: vacancy_id,name,area,salary_from,salary_to,salary_currency,experience,schedule,employment,
 * description,key_skills,employer_name,published_at,url (key_skills comma-separated in one field); an optional
 * language column declares the text's language.
 */
final class HhCsvSource extends CsvVacancySource {

    static final String SOURCE = "hh";
    static final List<String> COLUMNS = List.of("vacancy_id", "name", "area", "salary_from", "salary_to",
            "salary_currency", "experience", "schedule", "employment", "description", "key_skills", "employer_name",
            "published_at", "url");

    private HhCsvSource(DecodedInput input, CsvTable table) {
        super(input, table, "vacancy_id", COLUMNS);
    }

    static HhCsvSource open(InputStream in) throws IOException {
        DecodedInput input = DecodedInput.open(in, "auto");
        CsvReader reader = new CsvReader(input.reader(), ',', VacancyLimits.DESCRIPTION_HTML);
        return new HhCsvSource(input, CsvTable.open(reader, COLUMNS));
    }

    @Override
    RawVacancy vacancy(CsvRow row, String id) {
        return new RawVacancy(row.line(), SOURCE, id, row.optional("name"), row.optional("description"),
                row.optional("area"), FieldValues.number("salary_from", row.optional("salary_from")),
                FieldValues.number("salary_to", row.optional("salary_to")), row.optional("salary_currency"), null,
                null, row.optional("experience"), row.optional("schedule"), row.optional("employment"),
                row.optional("employer_name"), FieldValues.tags(row.optional("key_skills")),
                FieldValues.date("published_at", row.optional("published_at"), null), row.optional("url"),
                row.optional("language"));
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
