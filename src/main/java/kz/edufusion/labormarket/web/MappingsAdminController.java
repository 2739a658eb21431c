package kz.edufusion.labormarket.web;

import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.imports.ColumnMapping;
import kz.edufusion.labormarket.imports.ColumnMappings;
import kz.edufusion.labormarket.imports.MappedField;
import kz.edufusion.labormarket.mappings.ColumnMappingAdmin;
import kz.edufusion.labormarket.mappings.InvalidMapping;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's saved CSV column mappings: list, new, edit and delete. */
@Controller
@RequestMapping("/admin/labormarket/mappings")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class MappingsAdminController {

    private final ColumnMappings mappings;
    private final ColumnMappingAdmin admin;

    MappingsAdminController(ColumnMappings mappings, ColumnMappingAdmin admin) {
        this.mappings = mappings;
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("mappings", mappings.all().stream().map(MappingRow::of).toList());
        return "labormarket/mappings";
    }

    @GetMapping("/new")
    String newMapping(Model model) {
        return form(null, new MappingForm(), model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("mappingForm") MappingForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            admin.create(form.draft(), user.personId());
            redirect.addFlashAttribute("notice", "lm.mappings.notice.created");
            return "redirect:/admin/labormarket/mappings";
        } catch (DomainProblem problem) {
            reject(problem, errors);
            return form(null, form, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(existing(id), MappingForm.of(existing(id)), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("mappingForm") MappingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ColumnMapping mapping = existing(id);
        try {
            admin.update(id, form.draft());
            redirect.addFlashAttribute("notice", "lm.mappings.notice.updated");
            return "redirect:/admin/labormarket/mappings";
        } catch (DomainProblem problem) {
            reject(problem, errors);
            return form(mapping, form, model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        existing(id);
        try {
            admin.delete(id);
            redirect.addFlashAttribute("notice", "lm.mappings.notice.deleted");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/admin/labormarket/mappings";
    }

    /** Field errors of the rules go next to their fields; a taken name is the name's error. */
    /** A list row; {@code delimiter} is null for a tab, which the page names in words. */
    record MappingRow(long id, String name, String source, String delimiter, String encoding, int columns) {

        static MappingRow of(ColumnMapping m) {
            return new MappingRow(m.id(), m.name(), m.source(), m.delimiter() == '\t' ? null : String.valueOf(m.delimiter()),
                    m.encoding(), m.columns().size());
        }
    }

    private static void reject(DomainProblem problem, BindingResult errors) {
        if (problem instanceof InvalidMapping invalid) {
            invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(formField(field), key));
        } else if ("lm.mappings.error.nameTaken".equals(problem.messageKey())) {
            errors.rejectValue("name", problem.messageKey(), problem.arguments(), null);
        } else {
            throw problem;
        }
    }

    private static String formField(String field) {
        return field.startsWith("columns.") ? "columns[" + field.substring("columns.".length()) + "]" : field;
    }

    private String form(ColumnMapping mapping, MappingForm form, Model model) {
        model.addAttribute("mapping", mapping);
        model.addAttribute("mappingForm", form);
        model.addAttribute("fields", MappedField.values());
        return "labormarket/mapping-form";
    }

    private ColumnMapping existing(long id) {
        return mappings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
