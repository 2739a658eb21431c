package kz.edufusion.tdss.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import kz.edufusion.tdss.domain.FrameworkCase;
import kz.edufusion.tdss.domain.FrameworkCsv;
import kz.edufusion.tdss.domain.Frameworks;
import kz.edufusion.tdss.domain.ImportReport;
import kz.edufusion.tdss.domain.Rejection;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrators' page of frameworks: the stored ones with their exports, and an upload of CSV or CASE JSON. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class TdssAdminController {

    private final Frameworks frameworks;
    private final FrameworkCsv csv;
    private final FrameworkCase caseFormat;
    private final ObjectMapper json;

    TdssAdminController(Frameworks frameworks, FrameworkCsv csv, FrameworkCase caseFormat, ObjectMapper json) {
        this.frameworks = frameworks;
        this.csv = csv;
        this.caseFormat = caseFormat;
        this.json = json;
    }

    @GetMapping("/admin/tdss")
    String page(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        return "tdss/admin";
    }

    @PostMapping("/admin/tdss/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        byte[] bytes = file.getBytes();
        model.addAttribute("report", isJson(bytes) ? importCase(bytes) : csv.importFrom(new ByteArrayInputStream(bytes)));
        return page(model);
    }

    @GetMapping("/admin/tdss/frameworks/{code}/case.json")
    ResponseEntity<byte[]> exportCase(@PathVariable String code) throws JsonProcessingException {
        return download(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(caseFormat.export(code)),
                code.toLowerCase(java.util.Locale.ROOT) + "-case.json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/admin/tdss/frameworks/{code}/items.csv")
    ResponseEntity<byte[]> exportCsv(@PathVariable String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.export(code, out);
        return download(out.toByteArray(), code.toLowerCase(java.util.Locale.ROOT) + ".csv", MediaType.parseMediaType("text/csv"));
    }

    private ImportReport importCase(byte[] bytes) {
        try {
            return caseFormat.importFrom(json.readTree(bytes));
        } catch (IOException e) {
            return new ImportReport(List.of(), 0, List.of(new Rejection("file", "not valid JSON: " + e.getMessage())));
        }
    }

    // a CASE package is a JSON object; anything else is read as CSV
    private static boolean isJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{';
            }
        }
        return false;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
