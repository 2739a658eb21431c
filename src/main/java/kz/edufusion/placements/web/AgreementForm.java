package kz.edufusion.placements.web;

import kz.edufusion.placements.agreements.AgreementTerms;
import kz.edufusion.placements.agreements.IpOwner;
import org.springframework.validation.BindingResult;

/**
 * The draft of an agreement version: the document's language, the terms, the individual tasks one per line, the
 * academic tutor and the company mentor by name, who owns the results of the work, and an amendment's reason.
 */
public class AgreementForm {

    private String language = "kk";
    private String startsOn;
    private String endsOn;
    private String hoursPerWeek;
    private boolean paid;
    private String stipendKzt;
    private String tasks;
    private String tutorName;
    private String mentorName;
    private IpOwner ipOwner = IpOwner.COMPANY;
    private String amendmentReason;

    static AgreementForm of(AgreementTerms t) {
        AgreementForm f = new AgreementForm();
        f.language = t.language();
        f.startsOn = String.valueOf(t.startsOn());
        f.endsOn = String.valueOf(t.endsOn());
        f.hoursPerWeek = String.valueOf(t.hoursPerWeek());
        f.paid = t.stipendKzt() != null;
        f.stipendKzt = FormValues.text(t.stipendKzt());
        f.tasks = String.join("\n", t.tasks());
        f.tutorName = t.tutorName();
        f.mentorName = t.mentorName();
        f.ipOwner = t.ipOwner();
        f.amendmentReason = t.amendmentReason();
        return f;
    }

    /** The terms; a value that did not even read is null in them and a field error. Unpaid is a choice, not a zero. */
    AgreementTerms terms(BindingResult errors) {
        Integer stipend = paid ? FormValues.integer(stipendKzt, "stipendKzt", errors) : null;
        if (paid && stipend == null && !errors.hasFieldErrors("stipendKzt")) {
            errors.rejectValue("stipendKzt", "placements.validation.required");
        }
        return new AgreementTerms(language, FormValues.date(startsOn, "startsOn", errors), FormValues.date(endsOn, "endsOn", errors),
                FormValues.integer(hoursPerWeek, "hoursPerWeek", errors), stipend, FormValues.lines(tasks), tutorName,
                mentorName, ipOwner, amendmentReason);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(String hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public String getStipendKzt() {
        return stipendKzt;
    }

    public void setStipendKzt(String stipendKzt) {
        this.stipendKzt = stipendKzt;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getTutorName() {
        return tutorName;
    }

    public void setTutorName(String tutorName) {
        this.tutorName = tutorName;
    }

    public String getMentorName() {
        return mentorName;
    }

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public IpOwner getIpOwner() {
        return ipOwner;
    }

    public void setIpOwner(IpOwner ipOwner) {
        this.ipOwner = ipOwner;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public void setAmendmentReason(String amendmentReason) {
        this.amendmentReason = amendmentReason;
    }
}
