package kz.edufusion.academy.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import kz.edufusion.academy.domain.SessionInput;
import org.springframework.validation.BindingResult;

/** The live-session form: date, local time, minutes, and a link or a place. */
public class SessionForm {

    private String title;
    private String date;
    private String time;
    private String minutes;
    private String onlineUrl;
    private String place;

    SessionInput input(BindingResult errors) {
        LocalTime at = null;
        if (time != null && !time.isBlank()) {
            try {
                at = LocalTime.parse(time.strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue("time", "academy.delivery.validation.time");
            }
        }
        return new SessionInput(title, CohortForm.date(date, "date", errors), at, FormValues.integer(minutes, "minutes", errors),
                onlineUrl, place);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
