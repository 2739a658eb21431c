package kz.edufusion.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/**
 * The JSON shape of every API error (RFC 7807 problem details plus our {@code errors} list), for the OpenAPI
 * document only: the errors themselves are Spring {@code ProblemDetail}s built in {@code common.web.ApiProblems},
 * whose extra properties springdoc cannot see.
 */
@Schema(name = "Problem", description = "RFC 7807 problem details, served as application/problem+json")
record ProblemSchema(
        @Schema(description = "Identifies the kind of problem", example = "https://edufusion.kz/problems/validation") URI type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What went wrong, in the caller's language (Accept-Language: kk, ru or en)") String detail,
        @Schema(description = "The request path", example = "/api/v1/admin/organizations") URI instance,
        @Schema(description = "Only on validation problems (400): one entry per invalid field, possibly empty")
        List<FieldProblem> errors) {

    @Schema(name = "FieldProblem")
    record FieldProblem(@Schema(example = "bin") String field, @Schema(example = "must be a BIN of exactly 12 digits") String message) {
    }
}
