package kz.edufusion.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.domain.ProgramDraft;
import kz.edufusion.programs.domain.ProgramView;
import org.springframework.validation.Errors;

/** The program form's fields, bound as typed; {@link #draft} converts them, blaming each bad value on its field. */
public class ProgramForm {

    private UUID universityId;
    private String code;
    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String groupCode;
    private String degree;
    private String credits;
    private List<String> languages = new ArrayList<>();
    private String type = ProgramType.EXISTING.name();
    private String accreditationAgency;
    private String accreditedUntil;
    private String regionCode;
    private String atlasProfession;

    static ProgramForm of(ProgramView p) {
        ProgramForm form = new ProgramForm();
        form.universityId = p.universityId();
        form.code = p.code();
        form.titleKk = p.title().kk();
        form.titleRu = p.title().ru();
        form.titleEn = p.title().en();
        form.groupCode = p.groupCode();
        form.degree = p.degree();
        form.credits = p.credits() == null ? null : p.credits().toString();
        form.languages = new ArrayList<>(p.languages());
        form.type = p.type().name();
        form.accreditationAgency = p.accreditationAgency();
        form.accreditedUntil = p.accreditedUntil() == null ? null : p.accreditedUntil().toString();
        form.regionCode = p.regionCode();
        form.atlasProfession = p.atlasProfession();
        return form;
    }

    ProgramDraft draft(Errors errors) {
        return new ProgramDraft(code, null, titleKk, titleRu, titleEn, groupCode, degree,
                FormValues.integer(credits, "credits", errors), languages, FormValues.choice(ProgramType.class, type, "type", errors),
                accreditationAgency, FormValues.date(accreditedUntil, "accreditedUntil", errors), regionCode, atlasProfession);
    }

    public UUID getUniversityId() { return universityId; }
    public void setUniversityId(UUID universityId) { this.universityId = universityId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleKk() { return titleKk; }
    public void setTitleKk(String titleKk) { this.titleKk = titleKk; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getGroupCode() { return groupCode; }
    public void setGroupCode(String groupCode) { this.groupCode = groupCode; }
    public String getDegree() { return degree; }
    public void setDegree(String degree) { this.degree = degree; }
    public String getCredits() { return credits; }
    public void setCredits(String credits) { this.credits = credits; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages == null ? new ArrayList<>() : languages; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getAccreditationAgency() { return accreditationAgency; }
    public void setAccreditationAgency(String accreditationAgency) { this.accreditationAgency = accreditationAgency; }
    public String getAccreditedUntil() { return accreditedUntil; }
    public void setAccreditedUntil(String accreditedUntil) { this.accreditedUntil = accreditedUntil; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getAtlasProfession() { return atlasProfession; }
    public void setAtlasProfession(String atlasProfession) { this.atlasProfession = atlasProfession; }
}
