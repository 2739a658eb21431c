package kz.edufusion.labormarket.imports;

import java.util.Arrays;
import java.util.Optional;

/** The file layouts a vacancy import reads: hh's CSV export, hh API JSON objects, and any CSV through a mapping. */
public enum ImportFormat {
    HH_CSV("hh-csv"), HH_JSON("hh-json"), MAPPED("mapped");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ImportFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
