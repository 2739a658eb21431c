package kz.edufusion.labormarket.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.imports.ImportFormat;
import kz.edufusion.labormarket.imports.ImportRejectionView;
import kz.edufusion.labormarket.imports.ImportRequest;
import kz.edufusion.labormarket.imports.ImportRunView;
import kz.edufusion.labormarket.imports.VacancyImports;
import kz.edufusion.labormarket.web.UploadedFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Vacancy imports for administrators: upload a file (it runs in the background), follow a run, read its rejected rows. */
@RestController
@RequestMapping("/api/v1/labormarket/imports")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = "Vacancy imports", description = "Import vacancies from hh CSV, hh API JSON or a mapped CSV; administrators only")
class ImportsApi {

    private final VacancyImports imports;

    ImportsApi(VacancyImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start an import of the uploaded file (format hh-csv, hh-json or mapped with a mapping name); "
            + "answers 202 with the RUNNING run")
    ResponseEntity<ImportRunView> start(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "hh-csv") String format, @RequestParam(required = false) String mapping,
            @AuthenticationPrincipal CurrentUser user) {
        ImportFormat chosen = ImportFormat.fromCode(format).orElseThrow(() -> DomainProblem.invalid("lm.import.error.format"));
        if (file.isEmpty()) {
            throw DomainProblem.invalid("lm.import.error.fileRequired");
        }
        if (chosen == ImportFormat.MAPPED && (mapping == null || mapping.isBlank())) {
            throw DomainProblem.invalid("lm.import.error.mappingRequired");
        }
        ImportRequest request = UploadedFiles.store(file, chosen, mapping == null ? null : mapping.strip(), user);
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.start(request));
        } catch (DomainProblem problem) {
            UploadedFiles.discard(request);
            throw problem;
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import run: status, counts, bytes read, error")
    ImportRunView run(@PathVariable long id) {
        return imports.find(id).orElseThrow(() -> DomainProblem.notFound("lm.import.error.runNotFound", id));
    }

    @GetMapping("/{id}/rejections")
    @Operation(summary = "The rows the run rejected, in row order, with the reason")
    PageResponse<ImportRejectionView> rejections(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        run(id);
        return imports.rejections(id, PageQuery.of(page, size));
    }
}
