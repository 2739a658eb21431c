package kz.edufusion.labormarket.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.export.ExportTable;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.imports.ColumnMappings;
import kz.edufusion.labormarket.imports.ImportFormat;
import kz.edufusion.labormarket.imports.ImportRequest;
import kz.edufusion.labormarket.imports.ImportRunView;
import kz.edufusion.labormarket.imports.VacancyImports;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's vacancy import pages: upload a file (it runs in the background), the recent runs, and one run
 * with live progress (htmx polls the progress fragment every second while it runs), its counts and rejected rows.
 */
@Controller
@RequestMapping("/admin/labormarket/imports")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ImportsAdminController {

    private static final int RECENT = 50;

    private final VacancyImports imports;
    private final ColumnMappings mappings;
    private final TableExporter exporter;

    ImportsAdminController(VacancyImports imports, ColumnMappings mappings, TableExporter exporter) {
        this.imports = imports;
        this.mappings = mappings;
        this.exporter = exporter;
    }

    @GetMapping
    String list(Model model) {
        return show(new ImportUploadForm(), model);
    }

    @PostMapping
    String upload(@Valid @ModelAttribute("uploadForm") ImportUploadForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            errors.rejectValue("file", "lm.import.error.fileRequired");
        }
        if ("mapped".equals(form.getFormat()) && form.getMapping() == null) {
            errors.rejectValue("mapping", "lm.import.error.mappingRequired");
        }
        if (errors.hasErrors()) {
            return show(form, model);
        }
        ImportRequest request = UploadedFiles.store(form.getFile(), ImportFormat.fromCode(form.getFormat()).orElseThrow(),
                form.getMapping(), user);
        try {
            return "redirect:/admin/labormarket/imports/" + imports.start(request).id();
        } catch (DomainProblem problem) {
            UploadedFiles.discard(request);
            errors.rejectValue("mapping", problem.messageKey(), problem.arguments(), null);
            return show(form, model);
        }
    }

    @GetMapping("/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("run", find(id));
        model.addAttribute("rejections", imports.rejections(id, PageQuery.of(page, 50)));
        return "labormarket/imports/run";
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("run", find(id));
        return "labormarket/imports/run :: progress";
    }

    /**
     * Every rejected row of the run as CSV or XLSX; a bad file can have a million, so the rows go from the query's
     * result set into the file one at a time.
     */
    @GetMapping("/{id}/rejections.{format:csv|xlsx}")
    void rejections(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        find(id);
        ExportTable table = new ExportTable("rejections-" + id,
                List.of("lm.import.column.row", "lm.import.column.sourceId", "lm.import.column.reason"),
                row -> imports.eachRejection(id, r -> row.accept(Arrays.asList(r.rowNumber(), r.sourceId(), r.reason()))));
        exporter.download(table, ExportFormat.of(format).orElseThrow(), locale, response);
    }

    private ImportRunView find(long id) {
        return imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(ImportUploadForm form, Model model) {
        model.addAttribute("uploadForm", form);
        model.addAttribute("formats", Arrays.stream(ImportFormat.values()).map(ImportFormat::code).toList());
        model.addAttribute("mappings", mappings.all());
        model.addAttribute("runs", imports.recent(RECENT));
        return "labormarket/imports/list";
    }
}
