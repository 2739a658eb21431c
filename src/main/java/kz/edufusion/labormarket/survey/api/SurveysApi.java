package kz.edufusion.labormarket.survey.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.labormarket.SurveyAnswer;
import kz.edufusion.labormarket.SurveyInputRejected;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The employer survey over REST: a quarter's aggregated results, and a company representative's own answer. */
@RestController
@RequestMapping("/api/v1/labormarket/surveys/{quarter}")
@Tag(name = "Employer survey", description = "Quarterly employer survey: skill needs and expected hires, coverage and the joined demand picture")
class SurveysApi {

    private final EmployerSurveys surveys;

    SurveysApi(EmployerSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/results")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST', 'UNIVERSITY_COORDINATOR')")
    @Operation(summary = "Aggregated results of a quarter (e.g. 2026-Q4): coverage, skills, expected hires, the joined demand "
            + "picture. Cells of fewer than 3 companies are suppressed for everyone but administrators")
    SurveyResults results(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter) {
        return surveys.results(user, quarter(quarter));
    }

    @GetMapping("/responses/mine")
    @PreAuthorize("hasRole('COMPANY_REPRESENTATIVE')")
    @Operation(summary = "The answer of a company the caller represents (organization may be left out when they represent one)")
    SurveyAnswer mine(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter,
            @RequestParam(required = false) UUID organization) {
        return surveys.answer(user, quarter(quarter), organization(user, organization))
                .orElseThrow(() -> DomainProblem.notFound("lm.survey.problem.noAnswer", quarter));
    }

    @PutMapping("/responses/mine")
    @PreAuthorize("hasRole('COMPANY_REPRESENTATIVE')")
    @Operation(summary = "Save (submit=false) or submit the company's answer for the open quarter, replacing the saved one")
    SurveyAnswer save(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter,
            @RequestParam(required = false) UUID organization, @RequestBody SurveyAnswerRequest request) {
        return surveys.save(user, quarter(quarter), organization(user, organization), request.draft(), request.submit());
    }

    private static UUID organization(CurrentUser user, UUID organization) {
        if (organization != null) {
            return organization;
        }
        List<UUID> companies = user.organizationsWhere(Role.COMPANY_REPRESENTATIVE);
        if (companies.size() != 1) {
            throw DomainProblem.invalid("lm.survey.problem.organizationRequired");
        }
        return companies.get(0);
    }

    private static SurveyQuarter quarter(String text) {
        try {
            return SurveyQuarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainProblem.invalid("lm.survey.problem.quarter", text);
        }
    }
}
