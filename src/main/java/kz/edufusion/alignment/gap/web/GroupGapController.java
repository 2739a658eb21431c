package kz.edufusion.alignment.gap.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.alignment.engine.GroupKind;
import kz.edufusion.alignment.gap.GapReader;
import kz.edufusion.alignment.gap.GroupGapRead;
import kz.edufusion.alignment.gap.web.GapRows.GroupMissing;
import kz.edufusion.alignment.gap.web.GapRows.Member;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The gap analysis of a university, a region or a field: member programs with scores, the group's missing skills. */
@Controller
class GroupGapController {

    private final GapReader reader;
    private final GapSkillLabels labels;

    GroupGapController(GapReader reader, GapSkillLabels labels) {
        this.reader = reader;
        this.labels = labels;
    }

    @GetMapping("/alignment/universities/{id}")
    String university(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(GroupKind.UNIVERSITY, id, "/alignment/universities/", user, model);
    }

    @GetMapping("/alignment/regions/{code}")
    String region(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(GroupKind.REGION, code, "/alignment/regions/", user, model);
    }

    @GetMapping("/alignment/fields/{code}")
    String field(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(GroupKind.FIELD, code, "/alignment/fields/", user, model);
    }

    private String page(GroupKind kind, String key, String base, CurrentUser user, Model model) {
        GroupGapRead read;
        try {
            read = reader.group(kind, key, user);
        } catch (DomainProblem problem) {
            throw new ResponseStatusException(problem.status() == HttpStatus.NOT_FOUND ? HttpStatus.NOT_FOUND
                    : HttpStatus.BAD_REQUEST);
        }
        Map<UUID, Member> members = read.members().stream().collect(Collectors.toMap(ProgramScore::programId,
                GroupGapController::member, (a, b) -> a, java.util.LinkedHashMap::new));
        GapSkillLabels.Labels names = labels.forPage();
        var missing = read.group() == null ? java.util.List.<GroupMissing>of() : read.group().missing().stream()
                .map(m -> new GroupMissing(ProgramGapView.link(m.skillUri(), names), m.share() * 100, m.missingIn(),
                        m.programs().stream().map(members::get).filter(java.util.Objects::nonNull).toList()))
                .toList();
        model.addAttribute("read", read);
        model.addAttribute("kind", kind.name().toLowerCase());
        model.addAttribute("path", base + key);
        model.addAttribute("members", members.values());
        model.addAttribute("missing", missing);
        return "alignment/group-gap";
    }

    private static Member member(ProgramScore s) {
        return new Member(s.programId().toString(), s.code(), s.score(), s.demandedSkills(), s.missingSkills(),
                "/programs/" + s.programId() + "/gap");
    }
}
