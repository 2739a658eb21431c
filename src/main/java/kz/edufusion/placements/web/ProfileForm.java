package kz.edufusion.placements.web;

import kz.edufusion.placements.domain.ProfileCommand;
import kz.edufusion.placements.domain.StudentProfile;
import org.springframework.validation.BindingResult;

/** The placement profile form; the equity flags are shown and saved only on the coordinator's page. */
public class ProfileForm {

    private String programCode;
    private String fieldCode;
    private String yearOfStudy = "2";
    private String regionCode;
    private boolean remoteRegion;
    private boolean targetedGrant;
    private String gender;

    static ProfileForm of(StudentProfile p) {
        ProfileForm f = new ProfileForm();
        f.programCode = p.programCode();
        f.fieldCode = p.fieldCode();
        f.yearOfStudy = String.valueOf(p.yearOfStudy());
        f.regionCode = p.regionCode();
        f.remoteRegion = p.remoteRegion();
        f.targetedGrant = p.targetedGrant();
        f.gender = p.gender();
        return f;
    }

    ProfileCommand command(BindingResult errors) {
        ProfileCommand command = new ProfileCommand(programCode == null ? null : programCode.strip().toUpperCase(), fieldCode,
                FormValues.integer(yearOfStudy, "yearOfStudy", errors), regionCode, remoteRegion, targetedGrant,
                gender == null || gender.isBlank() ? null : gender);
        return errors.hasErrors() ? null : command;
    }

    public String getProgramCode() { return programCode; }
    public void setProgramCode(String programCode) { this.programCode = programCode; }
    public String getFieldCode() { return fieldCode; }
    public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
    public String getYearOfStudy() { return yearOfStudy; }
    public void setYearOfStudy(String yearOfStudy) { this.yearOfStudy = yearOfStudy; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public boolean isRemoteRegion() { return remoteRegion; }
    public void setRemoteRegion(boolean remoteRegion) { this.remoteRegion = remoteRegion; }
    public boolean isTargetedGrant() { return targetedGrant; }
    public void setTargetedGrant(boolean targetedGrant) { this.targetedGrant = targetedGrant; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
}
