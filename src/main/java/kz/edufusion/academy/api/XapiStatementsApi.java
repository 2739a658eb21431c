package kz.edufusion.academy.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.UUID;
import kz.edufusion.academy.records.Activities;
import kz.edufusion.academy.records.LearningRecords;
import kz.edufusion.academy.records.StatementFilter;
import kz.edufusion.academy.records.StatementPage;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The learning records over REST, shaped as the xAPI 1.0.3 statements resource: GET with agent (JSON of an Agent
 * with an account at this platform), verb, activity, registration, since, until and limit, answering a
 * StatementResult {statements, more}. The download gives every matching statement as NDJSON (one statement a line),
 * which any LRS import or data tool reads without holding the file in memory. Who reads what: {@link LearningRecords}.
 */
@RestController
@RequestMapping("/api/v1/academy/xapi/statements")
@Tag(name = "Academy learning records", description = "xAPI 1.0.3 statements of the academy's learning events")
class XapiStatementsApi {

    private static final String VERSION_HEADER = "X-Experience-API-Version";
    private static final String VERSION = "1.0.3";

    private final LearningRecords records;
    private final Activities activities;
    private final ObjectMapper json;

    XapiStatementsApi(LearningRecords records, Activities activities, ObjectMapper json) {
        this.records = records;
        this.activities = activities;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Statements the caller may read, newest stored first; 'more' links the next page")
    ResponseEntity<Map<String, Object>> statements(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String agent, @RequestParam(required = false) String verb,
            @RequestParam(required = false) String activity, @RequestParam(required = false) UUID registration,
            @RequestParam(required = false) String since, @RequestParam(required = false) String until,
            @RequestParam(required = false, defaultValue = "0") int limit, @RequestParam(required = false) String cursor) {
        StatementFilter filter = filter(agent, verb, activity, registration, since, until, limit, cursor);
        StatementPage page = records.page(user, filter);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statements", page.statements());
        body.put("more", page.hasMore() ? UriComponentsBuilder.fromPath("/api/v1/academy/xapi/statements")
                .queryParamIfPresent("agent", java.util.Optional.ofNullable(agent))
                .queryParamIfPresent("verb", java.util.Optional.ofNullable(verb))
                .queryParamIfPresent("activity", java.util.Optional.ofNullable(activity))
                .queryParamIfPresent("registration", java.util.Optional.ofNullable(registration))
                .queryParamIfPresent("since", java.util.Optional.ofNullable(since))
                .queryParamIfPresent("until", java.util.Optional.ofNullable(until))
                .queryParam("limit", filter.limit())
                .queryParam("cursor", page.nextStored() + "_" + page.nextId()).encode().build().toUriString() : "");
        return ResponseEntity.ok().header(VERSION_HEADER, VERSION).body(body);
    }

    @GetMapping("/download")
    @Operation(summary = "Every statement the caller may read under the filters, as NDJSON (one statement a line)")
    void download(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String agent,
            @RequestParam(required = false) String verb, @RequestParam(required = false) String activity,
            @RequestParam(required = false) UUID registration, @RequestParam(required = false) String since,
            @RequestParam(required = false) String until, HttpServletResponse response) throws IOException {
        StatementFilter filter = filter(agent, verb, activity, registration, since, until, 0, null);
        response.setContentType("application/x-ndjson;charset=UTF-8");
        response.setHeader(VERSION_HEADER, VERSION);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("xapi-statements.ndjson").build().toString());
        OutputStream out = response.getOutputStream();
        records.export(user, filter, statement -> {
            try {
                out.write(statement.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private StatementFilter filter(String agent, String verb, String activity, UUID registration, String since,
            String until, int limit, String cursor) {
        Instant beforeStored = null;
        UUID beforeId = null;
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = cursor.split("_", 2);
            try {
                beforeStored = Instant.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw DomainProblem.invalidField("cursor", "academy.xapi.problem.cursor");
            }
        }
        return new StatementFilter(agent(agent), blank(verb), blank(activity), registration, instant("since", since),
                instant("until", until), limit, beforeStored, beforeId);
    }

    /** The person of an xAPI Agent; only accounts at this platform name anyone here (statements hold no e-mail). */
    private UUID agent(String agent) {
        if (agent == null || agent.isBlank()) {
            return null;
        }
        try {
            JsonNode account = json.readTree(agent).path("account");
            if (!activities.homePage().equals(account.path("homePage").asText())) {
                throw DomainProblem.invalidField("agent", "academy.xapi.problem.agent");
            }
            return UUID.fromString(account.path("name").asText());
        } catch (IOException | IllegalArgumentException e) {
            throw DomainProblem.invalidField("agent", "academy.xapi.problem.agent");
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainProblem.invalidField(field, "academy.xapi.problem.timestamp");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
