package kz.edufusion.placements.allocation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import kz.edufusion.placements.allocation.AdmittedStudent;
import kz.edufusion.placements.allocation.AllocationResult;
import kz.edufusion.placements.allocation.AllocationSummary;
import kz.edufusion.placements.allocation.CategorySummary;
import kz.edufusion.placements.allocation.Cutoff;
import kz.edufusion.placements.allocation.NotChosen;
import kz.edufusion.placements.allocation.OfferOutcome;
import kz.edufusion.placements.allocation.ReserveUse;
import kz.edufusion.placements.allocation.StudentOutcome;

/**
 * Writes the result format of docs/allocation-format.md ({@code edufusion-allocation-result/1}), streaming:
 * a result of 100,000 students is never held as a JSON tree. One student or offer per line keeps a large
 * file greppable and diffable.
 */
public final class ResultJson {

    public static final String FORMAT = "edufusion-allocation-result/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {
    }

    public static void write(AllocationResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(new OneElementPerLine())) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            summary(json, result.summary());
            json.writeArrayFieldStart("students");
            for (StudentOutcome student : result.students()) {
                student(json, student);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("offers");
            for (OfferOutcome offer : result.offers()) {
                offer(json, offer);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void summary(JsonGenerator json, AllocationSummary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("students", summary.students());
        json.writeNumberField("assigned", summary.assigned());
        json.writeNumberField("unassigned", summary.unassigned());
        json.writeArrayFieldStart("byChoice");
        for (int count : summary.byChoice()) {
            json.writeNumber(count);
        }
        json.writeEndArray();
        json.writeNumberField("seats", summary.seats());
        json.writeNumberField("seatsFilled", summary.seatsFilled());
        json.writeArrayFieldStart("categories");
        for (CategorySummary category : summary.categories()) {
            json.writeStartObject();
            json.writeStringField("category", category.category().name());
            json.writeNumberField("students", category.students());
            json.writeNumberField("assigned", category.assigned());
            json.writeNumberField("reservedSeats", category.reservedSeats());
            json.writeNumberField("reservedSeatsFilled", category.reservedSeatsFilled());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void student(JsonGenerator json, StudentOutcome student) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", student.studentId());
        json.writeStringField("offer", student.offerId());
        if (student.assigned()) {
            json.writeNumberField("choice", student.choice());
            rank(json, student.rank());
            json.writeStringField("seat", student.reservedSeat() == null ? "OPEN" : student.reservedSeat().name());
        }
        json.writeArrayFieldStart("notChosen");
        for (NotChosen notChosen : student.notChosen()) {
            json.writeStartObject();
            json.writeStringField("offer", notChosen.offerId());
            json.writeNumberField("choice", notChosen.choice());
            json.writeStringField("reason", notChosen.reason().name());
            cutoff(json, "yours", notChosen.yours());
            cutoff(json, "cutoff", notChosen.cutoff());
            if (!notChosen.reservedFor().isEmpty()) {
                json.writeArrayFieldStart("reservedFor");
                for (var category : notChosen.reservedFor()) {
                    json.writeString(category.name());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void offer(JsonGenerator json, OfferOutcome offer) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", offer.offerId());
        json.writeNumberField("capacity", offer.capacity());
        json.writeNumberField("filled", offer.filled());
        json.writeNumberField("applicants", offer.applicants());
        cutoff(json, "cutoff", offer.cutoff());
        cutoff(json, "openCutoff", offer.openCutoff());
        json.writeArrayFieldStart("reserves");
        for (ReserveUse reserve : offer.reserves()) {
            json.writeStartObject();
            json.writeStringField("category", reserve.category().name());
            json.writeNumberField("reserved", reserve.reserved());
            json.writeNumberField("filledByCategory", reserve.filledByCategory());
            cutoff(json, "cutoff", reserve.cutoff());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("admitted");
        for (AdmittedStudent admitted : offer.admitted()) {
            json.writeStartObject();
            json.writeStringField("student", admitted.studentId());
            rank(json, admitted.rank());
            json.writeStringField("seat", admitted.reservedSeat() == null ? "OPEN" : admitted.reservedSeat().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Compact JSON, but every element of the top-level arrays (students, offers) starts a line. */
    private static final class OneElementPerLine extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {

        @Override
        public void beforeArrayValues(JsonGenerator json) throws IOException {
            if (topLevel(json)) {
                json.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(topLevel(json) ? ",\n" : ",");
        }

        private static boolean topLevel(JsonGenerator json) {
            var array = json.getOutputContext();
            return array.getParent() != null && array.getParent().getParent() != null && array.getParent().getParent().inRoot();
        }
    }

    /** A student's own standing, flat: "rank": 3 and, for offers ranking by scores, "score": 81.5. */
    private static void rank(JsonGenerator json, Cutoff rank) throws IOException {
        json.writeNumberField("rank", rank.rank());
        if (rank.score() != null) {
            json.writeNumberField("score", rank.score());
        }
    }

    /** A cutoff as {"rank": 3, "score": 81.5} (score only for offers ranking by scores), or null. */
    private static void cutoff(JsonGenerator json, String field, Cutoff cutoff) throws IOException {
        if (cutoff == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeNumberField("rank", cutoff.rank());
        if (cutoff.score() != null) {
            json.writeNumberField("score", cutoff.score());
        }
        json.writeEndObject();
    }
}
