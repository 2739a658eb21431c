package kz.edufusion.tdss.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import kz.edufusion.tdss.domain.FrameworkCase;
import kz.edufusion.tdss.domain.FrameworkCsv;
import kz.edufusion.tdss.domain.ImportReport;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Import and export of frameworks as CASE 1.0 JSON and CSV (administrators; the URL rule and {@code @PreAuthorize}). */
@RestController
@RequestMapping("/api/v1/admin/tdss/frameworks")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = "Teacher development", description = "Competence frameworks and educators' self-assessments")
class TdssAdminApi {

    private final FrameworkCase caseFormat;
    private final FrameworkCsv csv;

    TdssAdminApi(FrameworkCase caseFormat, FrameworkCsv csv) {
        this.caseFormat = caseFormat;
        this.csv = csv;
    }

    @GetMapping(value = "/{code}/case", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The framework as a CASE 1.0 CFPackage")
    ObjectNode exportCase(@PathVariable String code) {
        return caseFormat.export(code);
    }

    @GetMapping(value = "/{code}/csv", produces = "text/csv")
    @Operation(summary = "The framework as CSV, one row per item")
    byte[] exportCsv(@PathVariable String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.export(code, out);
        return out.toByteArray();
    }

    @PostMapping(value = "/import/case", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CASE 1.0 CFPackage; good items are kept, every refused one reported with its reason")
    ImportReport importCase(@RequestBody JsonNode pkg) {
        return caseFormat.importFrom(pkg);
    }

    @PostMapping(value = "/import/csv", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import a CSV file; good rows are kept, every refused row reported with its reason")
    ImportReport importCsv(@RequestBody String body) {
        return csv.importFrom(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
