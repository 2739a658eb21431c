package kz.edufusion.skills.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.skills.SkillExtractionService;
import kz.edufusion.skills.extraction.ExtractedSkill;
import kz.edufusion.skills.extraction.Language;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Skill extraction for any signed-in user or API client: a text in, the skills it names out. */
@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Skills", description = "Skill extraction from vacancies, learning outcomes and course texts (kk, ru, en)")
class SkillExtractionApi {

    static final int MAX_TEXT = 1_000_000;
    static final int MAX_TAGS = 500;

    private final SkillExtractionService service;

    SkillExtractionApi(SkillExtractionService service) {
        this.service = service;
    }

    /** {@code language}: ru, kk, en or auto (the default: labels in the text's main language). */
    record ExtractRequest(String text, String language, List<String> tags) {
    }

    record SpanView(int start, int end) {
    }

    record SkillView(String uri, String label, double score, List<SpanView> spans, String explanation) {

        static SkillView of(ExtractedSkill skill) {
            return new SkillView(skill.uri(), skill.label(), skill.score(),
                    skill.spans().stream().map(s -> new SpanView(s.start(), s.end())).toList(), skill.explanation());
        }
    }

    record ExtractResponse(List<SkillView> skills) {
    }

    @PostMapping("/extract")
    @Operation(summary = "Find the skills a text names, with scores, their spans in the text (HTML allowed) and why")
    ExtractResponse extract(@RequestBody ExtractRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw DomainProblem.invalid("skills.extract.textRequired");
        }
        if (request.text().length() > MAX_TEXT) {
            throw new DomainProblem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "skills.extract.textTooLong",
                    request.text().length(), MAX_TEXT);
        }
        if (request.tags() != null && request.tags().size() > MAX_TAGS) {
            throw DomainProblem.invalid("skills.extract.tooManyTags", MAX_TAGS);
        }
        Language language = language(request.language());
        List<SkillView> skills = service.extract(request.text(), language, request.tags()).skills().stream()
                .map(SkillView::of).toList();
        return new ExtractResponse(skills);
    }

    private static Language language(String code) {
        if (code == null || code.isBlank() || code.equalsIgnoreCase("auto")) {
            return Language.ANY;
        }
        return Language.fromCode(code).filter(l -> l != Language.ANY)
                .orElseThrow(() -> DomainProblem.invalid("skills.extract.unknownLanguage", code));
    }
}
