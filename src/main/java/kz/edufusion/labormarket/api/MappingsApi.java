package kz.edufusion.labormarket.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.imports.ColumnMapping;
import kz.edufusion.labormarket.imports.ColumnMappings;
import kz.edufusion.labormarket.imports.MappedField;
import kz.edufusion.labormarket.mappings.ColumnMappingAdmin;
import kz.edufusion.labormarket.mappings.InvalidMapping;
import kz.edufusion.labormarket.mappings.MappingDraft;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Saved CSV column mappings for the vacancy importer, for administrators. */
@RestController
@RequestMapping("/api/v1/labormarket/mappings")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = "Labor market: column mappings", description = "How CSV files of other layouts map onto vacancy fields (administrators)")
class MappingsApi {

    /** A mapping as sent and answered; {@code delimiter} is one character or "\t"; {@code dateFormat} null for ISO-8601. */
    record MappingBody(Long id, String name, String source, String delimiter, String encoding,
            Map<MappedField, String> columns, String dateFormat) {

        static MappingBody of(ColumnMapping m) {
            return new MappingBody(m.id(), m.name(), m.source(), m.delimiter() == '\t' ? "\\t" : String.valueOf(m.delimiter()),
                    m.encoding(), m.columns(), m.dateFormat());
        }

        MappingDraft draft() {
            return new MappingDraft(name, source, delimiter, encoding, columns, dateFormat);
        }
    }

    private final ColumnMappings mappings;
    private final ColumnMappingAdmin admin;

    MappingsApi(ColumnMappings mappings, ColumnMappingAdmin admin) {
        this.mappings = mappings;
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "All saved mappings, by name")
    List<MappingBody> all() {
        return mappings.all().stream().map(MappingBody::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One mapping")
    MappingBody one(@PathVariable long id) {
        return mappings.find(id).map(MappingBody::of).orElseThrow(() -> DomainProblem.notFound("lm.mappings.notFound"));
    }

    @PostMapping
    @Operation(summary = "Save a new mapping; SOURCE_ID, TITLE and PUBLISHED_AT must be mapped, the name must be free")
    ResponseEntity<MappingBody> create(@RequestBody MappingBody body, @AuthenticationPrincipal CurrentUser user) {
        ColumnMapping created = admin.create(body.draft(), user.personId());
        return ResponseEntity.created(URI.create("/api/v1/labormarket/mappings/" + created.id())).body(MappingBody.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a mapping")
    MappingBody update(@PathVariable long id, @RequestBody MappingBody body) {
        return MappingBody.of(admin.update(id, body.draft()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a mapping")
    void delete(@PathVariable long id) {
        admin.delete(id);
    }
}
