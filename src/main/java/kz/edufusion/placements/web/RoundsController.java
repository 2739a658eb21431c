package kz.edufusion.placements.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.rounds.MyRound;
import kz.edufusion.placements.rounds.RoundCommand.OfferSeats;
import kz.edufusion.placements.rounds.RoundOfferScores;
import kz.edufusion.placements.rounds.RoundPublishRefused;
import kz.edufusion.placements.rounds.RoundRankings;
import kz.edufusion.placements.rounds.RoundStatus;
import kz.edufusion.placements.rounds.RoundView;
import kz.edufusion.placements.rounds.Rounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Allocation rounds on pages. Coordinators: the list of their universities' rounds, a new round, and one page per
 * round to set its offers and seats, open, close, run, review and publish it. Students: the open rounds they may
 * rank in and their past results, and one page per round with a numbered ranking moved by up/down buttons (plain
 * forms, saved at once) and, once published, their outcome with the reasons for each offer ranked higher. Company
 * representatives: the rounds holding their offers, and for each offer who ranked it, with a score of their own.
 */
@Controller
@RequestMapping("/placements/rounds")
@PreAuthorize("hasAnyRole('STUDENT','UNIVERSITY_COORDINATOR','COMPANY_REPRESENTATIVE')")
class RoundsController {

    private final Rounds rounds;
    private final RoundRankings rankings;
    private final RoundOfferScores scores;
    private final IdentityDirectory directory;

    RoundsController(Rounds rounds, RoundRankings rankings, RoundOfferScores scores, IdentityDirectory directory) {
        this.rounds = rounds;
        this.rankings = rankings;
        this.scores = scores;
        this.directory = directory;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("managed", user.has(Role.UNIVERSITY_COORDINATOR) ? rounds.mine(user) : List.of());
        model.addAttribute("mine", user.has(Role.STUDENT) ? rankings.mine(user) : List.of());
        model.addAttribute("companyRounds", user.has(Role.COMPANY_REPRESENTATIVE) ? scores.rounds(user) : List.of());
        model.addAttribute("myCompanies", user.organizationsWhere(Role.COMPANY_REPRESENTATIVE));
        return "placements/rounds";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('UNIVERSITY_COORDINATOR')")
    String newRound(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new RoundForm());
        return form(user, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('UNIVERSITY_COORDINATOR')")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RoundForm form, BindingResult errors,
            Model model) {
        var command = form.command(errors);
        if (command != null) {
            try {
                return "redirect:/placements/rounds/" + rounds.create(user, command).id();
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            }
        }
        return form(user, model);
    }

    /** The coordinator's page of the round for its university's coordinators, the ranking page for its students. */
    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        if (user.has(Role.UNIVERSITY_COORDINATOR)) {
            try {
                return manage(user, rounds.read(user, id), model);
            } catch (DomainProblem hidden) {
                if (hidden.status().value() != 404 || !user.has(Role.STUDENT)) {
                    throw hidden;
                }
            }
        }
        model.addAttribute("my", rankings.read(user, id));
        return "placements/round";
    }

    @PostMapping("/{id}/offers")
    String addOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID offerId,
            RedirectAttributes redirect) {
        return step(redirect, id, () -> rounds.addOffer(user, id, offerId), "placements.rounds.notice.offerAdded");
    }

    @PostMapping("/{id}/offers/{offerId}/remove")
    String removeOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID offerId,
            RedirectAttributes redirect) {
        return step(redirect, id, () -> rounds.removeOffer(user, id, offerId), "placements.rounds.notice.offerRemoved");
    }

    @PostMapping("/{id}/offers/{offerId}/seats")
    String seats(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID offerId,
            @RequestParam(required = false) String capacity, @RequestParam(required = false) String remoteRegion,
            @RequestParam(required = false) String targetedGrant, @RequestParam(required = false) String womenInStem,
            RedirectAttributes redirect) {
        Map<Category, Integer> reserves = new EnumMap<>(Category.class);
        try {
            Integer seats = number(capacity);
            reserves.put(Category.REMOTE_REGION, number(remoteRegion));
            reserves.put(Category.TARGETED_GRANT, number(targetedGrant));
            reserves.put(Category.WOMEN_IN_STEM, number(womenInStem));
            reserves.values().removeIf(java.util.Objects::isNull);
            OfferSeats offer = new OfferSeats(offerId, seats == null ? -1 : seats, reserves);
            return step(redirect, id, () -> rounds.setSeats(user, id, offer), "placements.rounds.notice.seatsSaved");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("seatErrors", Map.of(offerId, List.of("placements.validation.number")));
            return "redirect:/placements/rounds/" + id;
        }
    }

    @PostMapping("/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return step(redirect, id, () -> rounds.open(user, id), "placements.rounds.notice.opened");
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return step(redirect, id, () -> rounds.close(user, id), "placements.rounds.notice.closed");
    }

    @PostMapping("/{id}/run")
    String run(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return step(redirect, id, () -> rounds.run(user, id), "placements.rounds.notice.run");
    }

    /** A refused publication shows the round again (409) with every student and offer in the way. */
    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            return step(redirect, id, () -> rounds.publish(user, id), "placements.rounds.notice.published");
        } catch (RoundPublishRefused refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("blockers", refused.blockers());
            return manage(user, rounds.read(user, id), model);
        }
    }

    /** For the offer's company: who ranked it, and the company's own scores. */
    @GetMapping("/{id}/offers/{offerId}/applicants")
    String applicants(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID offerId, Model model) {
        model.addAttribute("applicants", scores.applicants(user, id, offerId));
        return "placements/round-applicants";
    }

    /** Fields {@code score-<student id>}: 0-100, blank clears the company's score. */
    @PostMapping("/{id}/offers/{offerId}/applicants")
    String score(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID offerId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<UUID, Integer> given = new java.util.LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("score-")) {
                try {
                    given.put(UUID.fromString(name.substring(6)), number(value));
                } catch (IllegalArgumentException e) {
                    errors.add("placements.rounds.validation.score");
                }
            }
        });
        try {
            if (errors.isEmpty()) {
                scores.score(user, id, offerId, given);
                redirect.addFlashAttribute("flash", "placements.rounds.notice.scoresSaved");
                return "redirect:/placements/rounds/" + id + "/offers/" + offerId + "/applicants";
            }
        } catch (PlacementInputRejected rejected) {
            rejected.fieldProblems().forEach(p -> errors.add(p.messageKey()));
        } catch (DomainProblem refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            errors.add(refused.messageKey());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("scoreErrors", errors.stream().distinct().toList());
        model.addAttribute("applicants", scores.applicants(user, id, offerId));
        return "placements/round-applicants";
    }

    @PostMapping("/{id}/ranking/add")
    String rank(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID offerId,
            Model model, HttpServletResponse response) {
        List<UUID> ranking = ranking(user, id);
        ranking.add(offerId);
        return saveRanking(user, id, ranking, model, response);
    }

    @PostMapping("/{id}/ranking/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID offerId,
            @RequestParam String direction, Model model, HttpServletResponse response) {
        List<UUID> ranking = ranking(user, id);
        int at = ranking.indexOf(offerId);
        int to = "up".equals(direction) ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < ranking.size()) {
            ranking.set(at, ranking.get(to));
            ranking.set(to, offerId);
        }
        return saveRanking(user, id, ranking, model, response);
    }

    @PostMapping("/{id}/ranking/remove")
    String unrank(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam UUID offerId, Model model,
            HttpServletResponse response) {
        List<UUID> ranking = ranking(user, id);
        ranking.remove(offerId);
        return saveRanking(user, id, ranking, model, response);
    }

    private List<UUID> ranking(CurrentUser user, UUID id) {
        List<UUID> ranking = new ArrayList<>();
        rankings.read(user, id).ranking().forEach(r -> ranking.add(r.offer().id()));
        return ranking;
    }

    /** Saved, back to the page; refused (too many, not open to the student, round closed), the page with the reason. */
    private String saveRanking(CurrentUser user, UUID id, List<UUID> ranking, Model model, HttpServletResponse response) {
        try {
            rankings.save(user, id, ranking);
            return "redirect:/placements/rounds/" + id + "?saved";
        } catch (PlacementInputRejected rejected) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rankErrors", rejected.fieldProblems().stream().map(p -> p.messageKey()).distinct().toList());
        } catch (DomainProblem refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            response.setStatus(refused.status().value());
            model.addAttribute("rankErrors", List.of(refused.messageKey()));
        }
        model.addAttribute("my", rankings.read(user, id));
        return "placements/round";
    }

    private String manage(CurrentUser user, RoundView round, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("categories", Category.values());
        if (round.status() == RoundStatus.DRAFT) {
            model.addAttribute("candidates", rounds.candidates(user, round.id(), Set.of()));
        }
        if (round.hasResult()) {
            model.addAttribute("result", rounds.result(user, round.id()));
        }
        return "placements/round-manage";
    }

    private String form(CurrentUser user, Model model) {
        model.addAttribute("universities", user.organizationsWhere(Role.UNIVERSITY_COORDINATOR).stream()
                .map(directory::organization).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("types", OfferType.values());
        return "placements/round-form";
    }

    private String step(RedirectAttributes redirect, UUID id, Runnable step, String notice) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", notice);
        } catch (PlacementInputRejected rejected) {
            redirect.addFlashAttribute("flashError", rejected.fieldProblems().get(0).messageKey());
        } catch (RoundPublishRefused refused) {
            throw refused;
        } catch (DomainProblem refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", refused.arguments());
        }
        return "redirect:/placements/rounds/" + id;
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
