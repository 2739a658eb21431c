package kz.edufusion.academy.accreditation;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * A course's accreditation history, newest first, as its owner and QA reviewers read it; {@code owner} when the reader
 * owns the course (and so may submit), {@code publishedVersions} the numbers they may submit, {@code mark} when accredited today.
 */
public record CourseHistory(UUID courseId, LocalizedText title, boolean owner, List<VersionChoice> publishedVersions,
        List<AccreditationSubmission> submissions, AccreditationMark mark) {

    public boolean hasOpenSubmission() {
        return submissions.stream().anyMatch(AccreditationSubmission::open);
    }

    public boolean maySubmit() {
        return owner && !hasOpenSubmission() && !publishedVersions.isEmpty();
    }

    public record VersionChoice(UUID versionId, int number, boolean inCatalog) {
    }
}
