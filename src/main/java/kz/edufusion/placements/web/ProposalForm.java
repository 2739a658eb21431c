package kz.edufusion.placements.web;

import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.domain.ProposalCommand;
import org.springframework.validation.BindingResult;

/** The student's proposal of a company they found: on the platform (chosen) or named. */
public class ProposalForm {

    private UUID companyId;
    private String companyName;
    private OfferType type = OfferType.PRODUCTION;
    private String description;
    private String startsOn;
    private String endsOn;
    private String hoursPerWeek;
    private boolean paid;
    private String stipendKzt;

    ProposalCommand command(BindingResult errors) {
        Integer stipend = paid ? FormValues.integer(stipendKzt, "stipendKzt", errors) : null;
        ProposalCommand command = new ProposalCommand(companyId, companyName, type, description,
                FormValues.date(startsOn, "startsOn", errors), FormValues.date(endsOn, "endsOn", errors),
                FormValues.integer(hoursPerWeek, "hoursPerWeek", errors), stipend);
        return errors.hasErrors() ? null : command;
    }

    public UUID getCompanyId() { return companyId; }
    public void setCompanyId(UUID companyId) { this.companyId = companyId; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public OfferType getType() { return type; }
    public void setType(OfferType type) { this.type = type; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(String hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public boolean isPaid() { return paid; }
    public void setPaid(boolean paid) { this.paid = paid; }
    public String getStipendKzt() { return stipendKzt; }
    public void setStipendKzt(String stipendKzt) { this.stipendKzt = stipendKzt; }
}
