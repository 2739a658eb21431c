package kz.edufusion.labormarket.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The upload form of the vacancy imports page: a file, its format and (for mapped files) the mapping's name. */
public class ImportUploadForm {

    private MultipartFile file;
    @NotBlank
    @Pattern(regexp = "hh-csv|hh-json|mapped", message = "{lm.import.error.format}")
    private String format = "hh-csv";
    @Size(max = 200)
    private String mapping;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping == null || mapping.isBlank() ? null : mapping.strip();
    }
}
