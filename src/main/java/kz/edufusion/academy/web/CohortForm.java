package kz.edufusion.academy.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import kz.edufusion.academy.domain.CohortInput;
import kz.edufusion.academy.domain.CohortView;
import org.springframework.validation.BindingResult;

/** The cohort form: text as typed, read into a {@link CohortInput} (what does not read is a field error). */
public class CohortForm {

    private String name;
    private String startsOn;
    private String endsOn;
    private String enrollOpensOn;
    private String enrollClosesOn;
    private String capacity;
    private String semesterId;

    static CohortForm of(CohortView c) {
        CohortForm form = new CohortForm();
        form.name = c.name();
        form.startsOn = c.startsOn().toString();
        form.endsOn = c.endsOn().toString();
        form.enrollOpensOn = c.enrollOpensOn().toString();
        form.enrollClosesOn = c.enrollClosesOn().toString();
        form.capacity = String.valueOf(c.capacity());
        form.semesterId = c.semesterId() == null ? "" : c.semesterId().toString();
        return form;
    }

    CohortInput input(BindingResult errors) {
        UUID semester = FormValues.uuids(semesterId == null ? java.util.List.of() : java.util.List.of(semesterId), "semesterId", errors)
                .stream().findFirst().orElse(null);
        return new CohortInput(name, date(startsOn, "startsOn", errors), date(endsOn, "endsOn", errors),
                date(enrollOpensOn, "enrollOpensOn", errors), date(enrollClosesOn, "enrollClosesOn", errors),
                FormValues.integer(capacity, "capacity", errors), semester);
    }

    static LocalDate date(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "academy.delivery.validation.date");
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getEnrollOpensOn() {
        return enrollOpensOn;
    }

    public void setEnrollOpensOn(String enrollOpensOn) {
        this.enrollOpensOn = enrollOpensOn;
    }

    public String getEnrollClosesOn() {
        return enrollClosesOn;
    }

    public void setEnrollClosesOn(String enrollClosesOn) {
        this.enrollClosesOn = enrollClosesOn;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getSemesterId() {
        return semesterId;
    }

    public void setSemesterId(String semesterId) {
        this.semesterId = semesterId;
    }
}
