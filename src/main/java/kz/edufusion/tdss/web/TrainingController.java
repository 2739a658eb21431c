package kz.edufusion.tdss.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.ExternalInput;
import kz.edufusion.tdss.domain.Frameworks;
import kz.edufusion.tdss.domain.ProgramInput;
import kz.edufusion.tdss.domain.TrainingPrograms;
import kz.edufusion.tdss.domain.TrainingRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The educator's training record with the form for an external training, and the programs page for managers. */
@Controller
class TrainingController {

    private final TrainingRecords records;
    private final TrainingPrograms programs;
    private final Frameworks frameworks;

    TrainingController(TrainingRecords records, TrainingPrograms programs, Frameworks frameworks) {
        this.records = records;
        this.programs = programs;
        this.frameworks = frameworks;
    }

    @GetMapping("/tdss/training")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("records", records.mine(user));
        model.addAttribute("summary", records.summary(user));
        model.addAttribute("programs", programs.visible(user).stream().filter(p -> "EXTERNAL".equals(p.kind())).toList());
        return "tdss/training";
    }

    @PostMapping("/tdss/training")
    String external(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String title,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String level,
            @RequestParam(required = false) BigDecimal hours,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            @RequestParam(required = false) UUID programId, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        records.recordExternal(user, new ExternalInput(title, provider, level, hours, completedOn, programId),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        redirect.addFlashAttribute("flash", "tdss.training.recorded");
        return "redirect:/tdss/training";
    }

    @GetMapping("/tdss/training/{id}/evidence")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return PlansController.file(records.evidence(user, id));
    }

    @GetMapping("/tdss/programs")
    String programs(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!programs.canManage(user)) {
            throw new AccessDeniedException("programs are managed by coordinators and administrators");
        }
        model.addAttribute("programs", programs.visible(user));
        model.addAttribute("courses", programs.courseChoices());
        model.addAttribute("frameworks", frameworks.all());
        return "tdss/programs";
    }

    @PostMapping("/tdss/programs")
    String addProgram(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String level,
            @RequestParam(required = false) UUID academyCourseId, @RequestParam(required = false) String titleKk,
            @RequestParam(required = false) String titleRu, @RequestParam(required = false) String titleEn,
            @RequestParam(required = false) String provider, @RequestParam(required = false) BigDecimal hours,
            @RequestParam(required = false) String framework, @RequestParam(required = false) List<String> competences,
            RedirectAttributes redirect) {
        programs.add(user, new ProgramInput(code, kind, level, academyCourseId, titleKk, titleRu, titleEn, provider, hours,
                framework, competences, null));
        redirect.addFlashAttribute("flash", "tdss.programs.added");
        return "redirect:/tdss/programs";
    }
}
