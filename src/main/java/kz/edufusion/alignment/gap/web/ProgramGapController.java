package kz.edufusion.alignment.gap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.alignment.gap.GapReader;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A program's gap analysis: score, missing skills with evidence, taught-unused skills, recommended disciplines. */
@Controller
class ProgramGapController {

    static final int CHART_SKILLS = 15;

    private final GapReader reader;
    private final GapSkillLabels labels;
    private final ObjectMapper json;

    ProgramGapController(GapReader reader, GapSkillLabels labels, ObjectMapper json) {
        this.reader = reader;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/programs/{id}/gap")
    String page(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        ProgramGapView view;
        try {
            view = ProgramGapView.of(reader.program(id, user), labels.forPage());
        } catch (DomainProblem problem) {
            throw new ResponseStatusException(problem.status());
        }
        var chart = view.missing().stream().limit(CHART_SKILLS).toList();
        model.addAttribute("view", view);
        model.addAttribute("program", view.read().program());
        model.addAttribute("gap", view.read().gap());
        model.addAttribute("chartLabels", write(chart.stream().map(d -> d.skill().label().in(locale)).toList()));
        model.addAttribute("chartValues", write(chart.stream().map(d -> Math.round(d.sharePercent() * 10) / 10.0).toList()));
        return "alignment/program-gap";
    }

    private String write(List<?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
