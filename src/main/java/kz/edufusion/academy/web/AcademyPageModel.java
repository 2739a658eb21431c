package kz.edufusion.academy.web;

import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;
import kz.edufusion.academy.Delivery;
import kz.edufusion.academy.domain.ChecklistItem;
import kz.edufusion.academy.domain.InclusionMark;
import kz.edufusion.common.Languages;
import kz.edufusion.common.web.ProblemPages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The academy's choice lists for every page, and a refusal that reaches no form as a page with its status. */
@ControllerAdvice(basePackageClasses = AcademyPageModel.class)
class AcademyPageModel extends ProblemPages {

    @ModelAttribute("levels")
    CourseLevel[] levels() {
        return CourseLevel.values();
    }

    @ModelAttribute("formats")
    CourseFormat[] formats() {
        return CourseFormat.values();
    }

    @ModelAttribute("deliveries")
    Delivery[] deliveries() {
        return Delivery.values();
    }

    @ModelAttribute("languageCodes")
    java.util.List<String> languageCodes() {
        return Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList();
    }

    @ModelAttribute("marks")
    InclusionMark[] marks() {
        return InclusionMark.values();
    }

    @ModelAttribute("checklistItems")
    ChecklistItem[] checklistItems() {
        return ChecklistItem.values();
    }
}
