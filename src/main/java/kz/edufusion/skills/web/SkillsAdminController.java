package kz.edufusion.skills.web;

import jakarta.validation.Valid;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.skills.NewCustomSkill;
import kz.edufusion.skills.SkillCuration;
import kz.edufusion.skills.SkillDetails;
import kz.edufusion.skills.SkillTaxonomy;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's skill taxonomy pages: search, a skill's labels per language with add/remove, merging a
 * duplicate into another skill, and new custom skills. Skills are addressed by the last segment of their URI.
 */
@Controller
@RequestMapping("/admin/skills")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class SkillsAdminController {

    private final SkillTaxonomy taxonomy;
    private final SkillCuration curation;

    SkillsAdminController(SkillTaxonomy taxonomy, SkillCuration curation) {
        this.taxonomy = taxonomy;
        this.curation = curation;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, java.util.Locale locale) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("page", taxonomy.search(text, locale.getLanguage(), PageQuery.of(page, size)));
        model.addAttribute("counts", taxonomy.counts());
        return "skills/list";
    }

    @GetMapping("/{id}")
    String skill(@PathVariable String id, Model model) {
        SkillDetails details = details(id);
        if (!SkillLinks.id(details.skill().uri()).equals(id)) {
            return "redirect:/admin/skills/" + SkillLinks.id(details.skill().uri());
        }
        return show(details, new LabelForm(), new MergeForm(), model);
    }

    @PostMapping("/{id}/labels")
    String addLabel(@PathVariable String id, @Valid @ModelAttribute("labelForm") LabelForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        SkillDetails details = details(id);
        if (!errors.hasErrors()) {
            try {
                curation.addLabel(details.skill().uri(), form.getLanguage(), form.getText(), form.getKind());
                redirect.addFlashAttribute("notice", "skills.notice.labelAdded");
                return "redirect:/admin/skills/" + SkillLinks.id(details.skill().uri());
            } catch (DomainProblem problem) {
                errors.rejectValue("text", problem.messageKey(), problem.arguments(), null);
            }
        }
        model.addAttribute("labelOpen", true);
        return show(details, form, new MergeForm(), model);
    }

    @PostMapping("/{id}/labels/{labelId}/delete")
    String removeLabel(@PathVariable String id, @PathVariable long labelId, RedirectAttributes redirect) {
        SkillDetails details = details(id);
        try {
            curation.removeLabel(details.skill().uri(), labelId);
            redirect.addFlashAttribute("notice", "skills.notice.labelRemoved");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/admin/skills/" + SkillLinks.id(details.skill().uri());
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable String id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        SkillDetails details = details(id);
        if (!errors.hasErrors()) {
            var target = taxonomy.findById(form.getTarget().strip());
            if (target.isEmpty()) {
                errors.rejectValue("target", "skills.merge.unknown");
            } else if (target.get().uri().equals(details.skill().uri())) {
                errors.rejectValue("target", "skills.merge.invalid");
            } else {
                curation.merge(details.skill().uri(), target.get().uri());
                redirect.addFlashAttribute("notice", "skills.notice.merged");
                return "redirect:/admin/skills/" + SkillLinks.id(target.get().uri());
            }
        }
        return show(details, new LabelForm(), form, model);
    }

    @GetMapping("/new")
    String newSkill(Model model) {
        model.addAttribute("customSkillForm", new CustomSkillForm());
        return "skills/new";
    }

    @PostMapping("/new")
    String createSkill(@Valid @ModelAttribute("customSkillForm") CustomSkillForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (!form.hasLabel()) {
            errors.rejectValue("labelEn", "skills.custom.labelRequired");
        }
        if (!errors.hasErrors()) {
            try {
                String uri = curation.createCustom(new NewCustomSkill(form.getLabelEn(), form.getLabelRu(),
                        form.getLabelKk(), form.getType(), form.getBroaderUri()));
                redirect.addFlashAttribute("notice", "skills.notice.created");
                return "redirect:/admin/skills/" + SkillLinks.id(uri);
            } catch (DomainProblem problem) {
                errors.rejectValue("broaderUri", problem.messageKey(), problem.arguments(), null);
            }
        }
        return "skills/new";
    }

    private String show(SkillDetails details, LabelForm labelForm, MergeForm mergeForm, Model model) {
        model.addAttribute("details", details);
        model.addAttribute("demand", taxonomy.occupationDemand(details.skill().uri()).orElse(null));
        model.addAttribute("skillId", SkillLinks.id(details.skill().uri()));
        model.addAttribute("languages", java.util.List.of("kk", "ru", "en"));
        model.addAttribute("labelForm", labelForm);
        model.addAttribute("mergeForm", mergeForm);
        return "skills/skill";
    }

    private SkillDetails details(String id) {
        return taxonomy.findById(id).flatMap(s -> taxonomy.details(s.uri()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
