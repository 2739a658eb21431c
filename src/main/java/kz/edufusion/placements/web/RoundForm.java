package kz.edufusion.placements.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.rounds.RoundCommand;
import org.springframework.validation.BindingResult;

/** The round form: name, preference deadline (Astana time, as a datetime-local field) and the offer types to take in. */
public class RoundForm {

    private String name;
    private String deadline;
    private List<OfferType> types = new ArrayList<>();
    private UUID universityId;

    /** The command, or null after a field error (an unreadable deadline). */
    RoundCommand command(BindingResult errors) {
        java.time.Instant at = null;
        if (deadline != null && !deadline.isBlank()) {
            try {
                at = LocalDateTime.parse(deadline.strip()).atZone(PlatformTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                errors.rejectValue("deadline", "placements.validation.date");
                return null;
            }
        }
        return new RoundCommand(universityId, name, at, types == null ? Set.of() : Set.copyOf(types), List.of());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public List<OfferType> getTypes() {
        return types;
    }

    public void setTypes(List<OfferType> types) {
        this.types = types;
    }

    public UUID getUniversityId() {
        return universityId;
    }

    public void setUniversityId(UUID universityId) {
        this.universityId = universityId;
    }
}
