package kz.edufusion.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.programs.domain.ProgramAccess;
import kz.edufusion.programs.imports.ExportTables;
import kz.edufusion.programs.imports.ImportReport;
import kz.edufusion.programs.imports.ProgramExporter;
import kz.edufusion.programs.imports.ProgramImporter;
import kz.edufusion.programs.imports.Sheet;
import kz.edufusion.programs.imports.WorkbookWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Import of a university's programs from an XLSX workbook or CSV tables, with the report of every rejected row;
 * the template to fill in; and export of the register in the same layout (so an export imports back).
 */
@Controller
class ProgramImportController {

    private final ProgramImporter importer;
    private final ProgramExporter exporter;
    private final ProgramAccess access;
    private final ProgramLookups lookups;

    ProgramImportController(ProgramImporter importer, ProgramExporter exporter, ProgramAccess access, ProgramLookups lookups) {
        this.importer = importer;
        this.exporter = exporter;
        this.access = access;
        this.lookups = lookups;
    }

    @GetMapping("/programs/import")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, null, null, null, model);
    }

    @PostMapping("/programs/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID university,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response) throws IOException {
        List<OrganizationView> editable = editable(user);
        UUID target = university != null ? university : editable.size() == 1 ? editable.get(0).id() : null;
        try {
            if (target != null) {
                access.requireEdit(user, target);
            }
            ImportReport report = importer.run(user, target, ProgramUploads.read(files));
            return page(user, target, report, null, model);
        } catch (DomainProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, target, null, problem, model);
        }
    }

    @GetMapping("/programs/import/template.xlsx")
    void templateXlsx(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        editable(user);
        attachment(response, "programs-template", ExportFormat.XLSX);
        WorkbookWriter.xlsx(WorkbookWriter.template(), response.getOutputStream());
    }

    @GetMapping("/programs/import/template/{table}.csv")
    void templateCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable String table, HttpServletResponse response) {
        editable(user);
        Sheet sheet = sheet(table);
        attachment(response, sheet.fileName() + "-template", ExportFormat.CSV);
        try {
            WorkbookWriter.csv(sheet, WorkbookWriter.template(), response.getOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GetMapping("/programs/export.xlsx")
    void exportXlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID university,
            HttpServletResponse response) throws IOException {
        ExportTables tables = exporter.export(user, university);
        attachment(response, "programs", ExportFormat.XLSX);
        WorkbookWriter.xlsx(tables, response.getOutputStream());
    }

    @GetMapping("/programs/export/{table}.csv")
    void exportCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable String table,
            @RequestParam(required = false) UUID university, HttpServletResponse response) throws IOException {
        Sheet sheet = sheet(table);
        ExportTables tables = exporter.export(user, university);
        attachment(response, sheet.fileName(), ExportFormat.CSV);
        WorkbookWriter.csv(sheet, tables, response.getOutputStream());
    }

    private String page(CurrentUser user, UUID university, ImportReport report, DomainProblem refusal, Model model) {
        List<OrganizationView> editable = editable(user);
        model.addAttribute("universities", editable);
        model.addAttribute("university", university != null ? university : editable.get(0).id());
        model.addAttribute("report", report);
        model.addAttribute("refusal", refusal == null ? null : refusal.messageKey());
        model.addAttribute("refusalArguments", refusal == null ? null : refusal.arguments());
        model.addAttribute("sheets", Sheet.values());
        return "programs/import";
    }

    /** Import is a coordinator's (or an administrator's) task: everyone else is refused the page. */
    private List<OrganizationView> editable(CurrentUser user) {
        List<OrganizationView> editable = lookups.editable(user);
        if (editable.isEmpty()) {
            throw new AccessDeniedException("not a coordinator");
        }
        return editable;
    }

    private static Sheet sheet(String table) {
        return java.util.Arrays.stream(Sheet.values()).filter(s -> s.fileName().equals(table)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void attachment(HttpServletResponse response, String name, ExportFormat format) {
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "." + format.extension()).build().toString());
    }
}
