package kz.edufusion.alignment.national;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national view as JSON, with the page's filter parameters (level, field, region, type, from, to); a bad value
 * is a 400 validation problem naming each bad parameter.
 */
@RestController
@RequestMapping("/api/v1/alignment/national")
@Tag(name = "Alignment: national view")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST', 'QA_REVIEWER', 'UNIVERSITY_COORDINATOR')")
class NationalApi {

    private final NationalView view;

    NationalApi(NationalView view) {
        this.view = view;
    }

    @GetMapping("/matrix")
    @Operation(summary = "Supply (programs, intake, graduates) against demand (vacancies) by field and region")
    MatrixResponse matrix(@AuthenticationPrincipal CurrentUser user, @ModelAttribute NationalFilterForm form) {
        NationalPicture picture = view.picture(user, view.filter(form));
        NationalMatrix m = picture.matrix();
        List<MatrixCell> cells = m.fieldCodes().stream().flatMap(f -> m.regionCodes().stream().map(r -> m.cell(f, r)))
                .filter(c -> c.heat() != HeatLevel.EMPTY).toList();
        return new MatrixResponse(picture.filter().from(), picture.filter().to(), cells,
                m.fieldCodes().stream().map(m::fieldTotal).toList(), m.regionCodes().stream().map(m::regionTotal).toList(),
                m.total());
    }

    @GetMapping("/portfolio")
    @Operation(summary = "Programs by region and NACE section with their alignment scores, and the groups' summaries")
    PortfolioResponse portfolio(@AuthenticationPrincipal CurrentUser user, @ModelAttribute NationalFilterForm form,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Portfolio portfolio = view.picture(user, view.filter(form)).portfolio();
        PageQuery query = PageQuery.of(page, size);
        List<PortfolioRow> rows = portfolio.rows();
        int start = (int) Math.min(query.offset(), rows.size());
        return new PortfolioResponse(portfolio.groups(),
                PageResponse.of(rows.subList(start, Math.min(rows.size(), start + query.size())), query, rows.size()));
    }

    record MatrixResponse(YearMonth from, YearMonth to, List<MatrixCell> cells, List<MatrixCell> fieldTotals,
            List<MatrixCell> regionTotals, MatrixCell total) {
    }

    record PortfolioResponse(List<PortfolioGroup> groups, PageResponse<PortfolioRow> programs) {
    }
}
