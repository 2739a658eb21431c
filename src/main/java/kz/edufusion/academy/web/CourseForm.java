package kz.edufusion.academy.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;
import kz.edufusion.academy.Delivery;
import kz.edufusion.academy.domain.CourseDetails;
import kz.edufusion.academy.domain.VersionView;
import kz.edufusion.common.LocalizedText;
import org.springframework.validation.BindingResult;

/**
 * The course details form: texts in kk/ru/en, level, workload, format, delivery, languages (checkboxes), tags
 * separated by commas, prerequisite courses. Every value is read as text, so a value that does not read is a field
 * error in the user's language, never a conversion failure.
 */
public class CourseForm {

    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String summaryKk;
    private String summaryRu;
    private String summaryEn;
    private String descriptionKk;
    private String descriptionRu;
    private String descriptionEn;
    private String level = CourseLevel.INTRODUCTORY.name();
    private String hours;
    private String ects;
    private String format = CourseFormat.SELF_PACED.name();
    private String delivery = Delivery.ONLINE.name();
    private List<String> languages = new ArrayList<>();
    private String tags;
    private List<String> prerequisites = new ArrayList<>();

    static CourseForm of(VersionView v) {
        CourseDetails d = v.details();
        CourseForm f = new CourseForm();
        f.titleKk = d.title().kk();
        f.titleRu = d.title().ru();
        f.titleEn = d.title().en();
        f.summaryKk = d.summary().kk();
        f.summaryRu = d.summary().ru();
        f.summaryEn = d.summary().en();
        f.descriptionKk = d.description().kk();
        f.descriptionRu = d.description().ru();
        f.descriptionEn = d.description().en();
        f.level = d.level().name();
        f.hours = String.valueOf(d.hours());
        f.ects = d.ects().stripTrailingZeros().toPlainString();
        f.format = d.format().name();
        f.delivery = d.delivery().name();
        f.languages = new ArrayList<>(d.languages());
        f.tags = String.join(", ", d.tags());
        f.prerequisites = d.prerequisites().stream().map(UUID::toString).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        return f;
    }

    CourseDetails details(BindingResult errors) {
        return new CourseDetails(LocalizedText.of(titleKk, titleRu, titleEn), LocalizedText.of(summaryKk, summaryRu, summaryEn),
                LocalizedText.of(descriptionKk, descriptionRu, descriptionEn),
                FormValues.constant(CourseLevel.class, level, "level", errors), FormValues.integer(hours, "hours", errors),
                FormValues.decimal(ects, "ects", errors), FormValues.constant(CourseFormat.class, format, "format", errors),
                FormValues.constant(Delivery.class, delivery, "delivery", errors), languages,
                tags == null ? List.of() : Arrays.asList(tags.split(",")), FormValues.uuids(prerequisites, "prerequisites", errors));
    }

    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String v) { titleKk = v; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String v) { titleRu = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getSummaryKk() { return summaryKk; }
    public void setSummaryKk(String v) { summaryKk = v; }
    public String getSummaryRu() { return summaryRu; }
    public void setSummaryRu(String v) { summaryRu = v; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String v) { summaryEn = v; }
    public String getDescriptionKk() { return descriptionKk; }
    public void setDescriptionKk(String v) { descriptionKk = v; }
    public String getDescriptionRu() { return descriptionRu; }
    public void setDescriptionRu(String v) { descriptionRu = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getHours() { return hours; }
    public void setHours(String v) { hours = v; }
    public String getEcts() { return ects; }
    public void setEcts(String v) { ects = v; }
    public String getFormat() { return format; }
    public void setFormat(String v) { format = v; }
    public String getDelivery() { return delivery; }
    public void setDelivery(String v) { delivery = v; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> v) { languages = v == null ? new ArrayList<>() : v; }
    public String getTags() { return tags; }
    public void setTags(String v) { tags = v; }
    public List<String> getPrerequisites() { return prerequisites; }
    public void setPrerequisites(List<String> v) { prerequisites = v == null ? new ArrayList<>() : v; }
}
