package kz.edufusion.placements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.Selection;
import kz.edufusion.placements.domain.OfferDraft;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.SkillChoices;
import org.springframework.validation.BindingResult;

/**
 * The offer form: texts in three languages (one is enough), required skills as labels one per line (the
 * "propose from the text" button fills them from the extraction engine), eligible fields, the terms. Unpaid is a
 * plain choice, not a zero.
 */
public class OfferForm {

    private UUID companyId;
    private OfferType type = OfferType.INTERNSHIP;
    private Selection selection = Selection.FIRST_COME;
    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String descriptionKk;
    private String descriptionRu;
    private String descriptionEn;
    private String skills;
    private List<String> fieldCodes = new ArrayList<>();
    private String programCodes;
    private String minYear = String.valueOf(OfferDraft.DEFAULT_MIN_YEAR);
    private String regionCode;
    private String city;
    private boolean remote;
    private String startsOn;
    private String endsOn;
    private String hoursPerWeek;
    private String seats = "1";
    private boolean paid;
    private String stipendKzt;
    private String mentors;

    static OfferForm of(OfferView o, Locale locale) {
        OfferForm f = new OfferForm();
        f.companyId = o.companyId();
        f.type = o.type();
        f.selection = o.selection();
        f.titleKk = o.title().kk();
        f.titleRu = o.title().ru();
        f.titleEn = o.title().en();
        f.descriptionKk = o.description().kk();
        f.descriptionRu = o.description().ru();
        f.descriptionEn = o.description().en();
        f.skills = o.skills().stream().map(s -> s.label().in(locale)).collect(Collectors.joining("\n"));
        f.fieldCodes = new ArrayList<>(o.fieldCodes());
        f.programCodes = String.join(", ", o.programCodes());
        f.minYear = String.valueOf(o.minYear());
        f.regionCode = o.regionCode();
        f.city = o.city();
        f.remote = o.remote();
        f.startsOn = String.valueOf(o.startsOn());
        f.endsOn = String.valueOf(o.endsOn());
        f.hoursPerWeek = String.valueOf(o.hoursPerWeek());
        f.seats = String.valueOf(o.seats());
        f.paid = o.stipendKzt() != null;
        f.stipendKzt = FormValues.text(o.stipendKzt());
        f.mentors = o.mentors();
        return f;
    }

    /** The draft; a value that did not even read is null in it and a field error (so are unknown skill labels). */
    OfferDraft draft(SkillChoices choices, Locale locale, BindingResult errors) {
        List<String> uris = new ArrayList<>();
        for (String label : FormValues.lines(skills)) {
            choices.resolve(label, locale).ifPresentOrElse(uris::add,
                    () -> errors.rejectValue("skills", "placements.validation.skillLabel", new Object[] {label}, null));
        }
        Integer stipend = paid ? FormValues.integer(stipendKzt, "stipendKzt", errors) : null;
        if (paid && stipend == null && !errors.hasFieldErrors("stipendKzt")) {
            errors.rejectValue("stipendKzt", "placements.validation.required");
        }
        OfferDraft draft = new OfferDraft(type, selection, LocalizedText.of(titleKk, titleRu, titleEn),
                LocalizedText.of(descriptionKk, descriptionRu, descriptionEn), uris, fieldCodes,
                FormValues.codes(programCodes).stream().map(String::toUpperCase).toList(),
                FormValues.integer(minYear, "minYear", errors), regionCode, city, remote,
                FormValues.date(startsOn, "startsOn", errors), FormValues.date(endsOn, "endsOn", errors),
                FormValues.integer(hoursPerWeek, "hoursPerWeek", errors), FormValues.integer(seats, "seats", errors), stipend,
                mentors);
        return draft;
    }

    /** The texts the extraction engine reads to propose skills. */
    String texts() {
        return String.join("\n", nonNull(titleKk), nonNull(titleRu), nonNull(titleEn), nonNull(descriptionKk),
                nonNull(descriptionRu), nonNull(descriptionEn));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public UUID getCompanyId() { return companyId; }
    public void setCompanyId(UUID companyId) { this.companyId = companyId; }
    public OfferType getType() { return type; }
    public void setType(OfferType type) { this.type = type; }
    public Selection getSelection() { return selection; }
    public void setSelection(Selection selection) { this.selection = selection; }
    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String titleKk) { this.titleKk = titleKk; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionKk() { return descriptionKk; }
    public void setDescriptionKk(String descriptionKk) { this.descriptionKk = descriptionKk; }
    public String getDescriptionRu() { return descriptionRu; }
    public void setDescriptionRu(String descriptionRu) { this.descriptionRu = descriptionRu; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public List<String> getFieldCodes() { return fieldCodes; }
    public void setFieldCodes(List<String> fieldCodes) { this.fieldCodes = fieldCodes == null ? new ArrayList<>() : fieldCodes; }
    public String getProgramCodes() { return programCodes; }
    public void setProgramCodes(String programCodes) { this.programCodes = programCodes; }
    public String getMinYear() { return minYear; }
    public void setMinYear(String minYear) { this.minYear = minYear; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public String getSeats() { return seats; }
    public void setSeats(String seats) { this.seats = seats; }
    public boolean isPaid() { return paid; }
    public void setPaid(boolean paid) { this.paid = paid; }
    public String getStipendKzt() { return stipendKzt; }
    public void setStipendKzt(String stipendKzt) { this.stipendKzt = stipendKzt; }
    public String getMentors() { return mentors; }
    public void setMentors(String mentors) { this.mentors = mentors; }
}
