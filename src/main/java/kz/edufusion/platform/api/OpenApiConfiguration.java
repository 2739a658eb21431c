package kz.edufusion.platform.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document of the whole REST API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui/index.html}):
 * description, the two ways to authenticate, and the problem responses every operation may give. Modules add
 * their own tags with {@code @Tag} on their controllers.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Bean
    OpenAPI edufusionOpenApi(@Value("${edufusion.api.license-name:Proprietary}") String licenseName,
            @Value("${edufusion.api.license-url:}") String licenseUrl) {
        return new OpenAPI()
                .info(new Info().title("EduFusion API").version("1.0")
                        .description("""
                                REST API of EduFusion, the platform connecting Kazakhstan's universities and colleges with \
                                the labor market. JSON in and out; lists are paged with `?page=0&size=20` and answer \
                                `{items, page, size, totalItems, totalPages}`; every error is an RFC 7807 problem \
                                (`application/problem+json`) whose `detail` follows Accept-Language (kk, ru, en).""")
                        .license(new License().name(licenseName).url(licenseUrl.isBlank() ? null : licenseUrl)))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("E-mail and password of an EduFusion account"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("ef-token")
                                .description("A personal API token (ef_...) created with POST /api/v1/me/tokens")))
                // two separate requirements: either scheme is enough
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Declares the problem responses on every operation once, instead of repeating them on each controller method. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            Map<String, Schema> schemas = ModelConverters.getInstance(true)
                    .readAll(new AnnotatedType(ProblemSchema.class));
            schemas.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    addProblems(path, method, operation)));
        };
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        // springdoc announces successful bodies as */* because the controllers accept any Accept header; they are JSON
        operation.getResponses().values().stream().filter(r -> r.getContent() != null && r.getContent().containsKey("*/*"))
                .forEach(r -> r.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        r.getContent().remove("*/*")));
        add(operation, "400", "Invalid input: the problem's errors list each invalid field");
        add(operation, "401", "Not authenticated, or the credentials or token are invalid, expired or revoked");
        if (path.startsWith("/api/v1/admin/") || path.endsWith("/invitations")) {
            add(operation, "403", "The caller's roles do not allow this");
        }
        if (path.contains("{")) {
            add(operation, "404", "No such resource, or not visible to the caller");
        }
        if (path.startsWith("/api/v1/admin/organizations") && method == PathItem.HttpMethod.POST) {
            add(operation, "409", "The organization's state or data conflicts with the request");
        }
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        Schema<?> problem = new Schema<>().$ref(PROBLEM_REF);
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(problem))));
    }
}
