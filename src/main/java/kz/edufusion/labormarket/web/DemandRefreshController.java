package kz.edufusion.labormarket.web;

import kz.edufusion.labormarket.DemandAggregates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's "rebuild now" button on the demand overview. The rebuild runs in the request: it takes
 * seconds for the real data set and about a minute for a million vacancies (docs/benchmarks.md).
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class DemandRefreshController {

    private final DemandAggregates aggregates;

    DemandRefreshController(DemandAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @PostMapping("/admin/labormarket/demand/refresh")
    String refresh(RedirectAttributes redirect) {
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
        redirect.addFlashAttribute("flash", "lm.demand.refresh.done");
        return "redirect:/demand";
    }
}
