package kz.edufusion.placements.web;

import kz.edufusion.placements.evaluation.JobOffer;
import kz.edufusion.placements.evaluation.JobOfferCommand;
import org.springframework.validation.BindingResult;

/** The company's job offer form: position, salary (KZT), date, accepted YES / NO / PENDING. */
public class JobOfferForm {

    private String position;
    private String salaryKzt;
    private String offeredOn;
    private String accepted = "PENDING";

    static JobOfferForm of(JobOffer offer) {
        JobOfferForm form = new JobOfferForm();
        if (offer != null) {
            form.position = offer.position();
            form.salaryKzt = FormValues.text(offer.salaryKzt());
            form.offeredOn = offer.offeredOn().toString();
            form.accepted = offer.accepted() == null ? "PENDING" : offer.accepted() ? "YES" : "NO";
        }
        return form;
    }

    JobOfferCommand command(BindingResult errors) {
        Boolean answer = "YES".equals(accepted) ? Boolean.TRUE : "NO".equals(accepted) ? Boolean.FALSE : null;
        return new JobOfferCommand(position, FormValues.integer(salaryKzt, "salaryKzt", errors),
                FormValues.date(offeredOn, "offeredOn", errors), answer);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getSalaryKzt() {
        return salaryKzt;
    }

    public void setSalaryKzt(String salaryKzt) {
        this.salaryKzt = salaryKzt;
    }

    public String getOfferedOn() {
        return offeredOn;
    }

    public void setOfferedOn(String offeredOn) {
        this.offeredOn = offeredOn;
    }

    public String getAccepted() {
        return accepted;
    }

    public void setAccepted(String accepted) {
        this.accepted = accepted;
    }
}
