package kz.edufusion.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.rounds.MyRound;
import kz.edufusion.placements.rounds.OfferApplicants;
import kz.edufusion.placements.rounds.RoundCommand;
import kz.edufusion.placements.rounds.RoundOfferScores;
import kz.edufusion.placements.rounds.RoundPublishRefused;
import kz.edufusion.placements.rounds.RoundRankings;
import kz.edufusion.placements.rounds.RoundResult;
import kz.edufusion.placements.rounds.RoundView;
import kz.edufusion.placements.rounds.Rounds;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Allocation rounds over REST: the coordinators of the round's university set it up and move it through its states;
 * the university's students rank offers and read their own outcome; the representatives of an offer's company see
 * who ranked it and may score them. Anybody else gets 404.
 */
@RestController
@RequestMapping("/api/v1/placements/rounds")
@Tag(name = "Allocation rounds", description = "Rounds of a university: offers and seats, students' rankings, engine runs, publication")
class RoundsApi {

    private final Rounds rounds;
    private final RoundRankings rankings;
    private final RoundOfferScores scores;
    private final MessageSource messages;

    RoundsApi(Rounds rounds, RoundRankings rankings, RoundOfferScores scores, MessageSource messages) {
        this.rounds = rounds;
        this.rankings = rankings;
        this.scores = scores;
        this.messages = messages;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A coordinator creates a draft round: name, deadline, offers with seats and reserves, or offer types")
    RoundView create(@AuthenticationPrincipal CurrentUser user, @RequestBody RoundCommand command) {
        return rounds.create(user, command);
    }

    @GetMapping
    @Operation(summary = "The rounds of the universities the caller coordinates")
    List<RoundView> list(@AuthenticationPrincipal CurrentUser user) {
        return rounds.mine(user);
    }

    @GetMapping("/mine")
    @Operation(summary = "A student's rounds: open rounds they may rank in and rounds they ranked in, with their outcome")
    List<MyRound> mine(@AuthenticationPrincipal CurrentUser user) {
        return rankings.mine(user);
    }

    @GetMapping("/{id}")
    RoundView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rounds.read(user, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Name and deadline (draft, open), offers (draft) or only seats (until published; a run round must run again)")
    RoundView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody RoundCommand command) {
        return rounds.update(user, id, command);
    }

    @PostMapping("/{id}/open")
    RoundView open(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rounds.open(user, id);
    }

    @PostMapping("/{id}/close")
    RoundView close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rounds.close(user, id);
    }

    @PostMapping("/{id}/run")
    @Operation(summary = "Runs the allocation engine on the rankings; the result replaces the previous run's")
    RoundResult run(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rounds.run(user, id);
    }

    @GetMapping("/{id}/result")
    RoundResult result(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rounds.result(user, id);
    }

    @GetMapping(value = "/{id}/result/instance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The current run's instance in the allocate command's format (docs/allocation-format.md)")
    ResponseEntity<String> instance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rounds.instanceJson(user, id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Makes every placement of the current run, or none (409 naming the students and offers in the way)")
    RoundView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rounds.publish(user, id);
    }

    @GetMapping("/{id}/preferences")
    @Operation(summary = "The caller's ranking, the other offers they may rank (with skill-match scores) and, once published, their outcome")
    MyRound preferences(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return rankings.read(user, id);
    }

    @PutMapping("/{id}/preferences")
    @Operation(summary = "Replaces the caller's ranking (offer ids, best first, at most 10) while the round is open")
    MyRound rank(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody RankingRequest request) {
        return rankings.save(user, id, request.offerIds());
    }

    @GetMapping("/companies")
    @Operation(summary = "The rounds in which the caller's companies have offers")
    List<RoundView> companyRounds(@AuthenticationPrincipal CurrentUser user) {
        return scores.rounds(user);
    }

    @GetMapping("/{id}/offers/{offerId}/applicants")
    @Operation(summary = "For the offer's company: the students who ranked the offer, their skill match and the company's scores")
    OfferApplicants applicants(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID offerId) {
        return scores.applicants(user, id, offerId);
    }

    @PutMapping("/{id}/offers/{offerId}/scores")
    @Operation(summary = "The company's own scores (student id: 0-100, null clears) replacing the skill match in the run")
    OfferApplicants score(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID offerId,
            @RequestBody ScoresRequest request) {
        return scores.score(user, id, offerId, request.scores());
    }

    /** The refused publication as a 409 problem that lists each student and offer in the way. */
    @ExceptionHandler(RoundPublishRefused.class)
    ResponseEntity<ProblemDetail> publishRefused(RoundPublishRefused refused) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        problem.setType(URI.create("https://edufusion.kz/problems/conflict"));
        problem.setProperty("blockers", refused.blockers().stream().map(b -> Map.of("studentId", b.studentId(),
                "student", b.studentName(), "offerId", b.offerId(), "offer", b.offerTitle().in(locale.getLanguage()),
                "reason", messages.getMessage(b.messageKey(), b.arguments().toArray(), b.messageKey(), locale))).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    record RankingRequest(List<UUID> offerIds) {
    }

    record ScoresRequest(Map<UUID, Integer> scores) {
    }
}
