package kz.edufusion.academy.records;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stable activity IRIs and the actor's account. Lessons, quizzes, questions and assignments are named by their keys,
 * which stay the same across course versions, so "completed lesson X" means the same lesson before and after a
 * learner moves to a newer version; a course is named by its id. All live under the platform's public URL, which is
 * also the account's homePage: the IRIs are the platform's own, not guessed from a page address.
 */
@Component
public class Activities {

    public static final String TYPE_COURSE = "http://adlnet.gov/expapi/activities/course";
    public static final String TYPE_LESSON = "http://adlnet.gov/expapi/activities/lesson";
    public static final String TYPE_ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    public static final String TYPE_QUESTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    private final String home;

    Activities(@Value("${edufusion.public-url}") String publicUrl) {
        this.home = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The account homePage of every actor: the platform itself. */
    public String homePage() {
        return home;
    }

    public String course(UUID courseId) {
        return home + "/xapi/activities/course/" + courseId;
    }

    public String lesson(UUID lessonKey) {
        return home + "/xapi/activities/lesson/" + lessonKey;
    }

    public String quiz(UUID quizKey) {
        return home + "/xapi/activities/quiz/" + quizKey;
    }

    public String question(UUID questionKey) {
        return home + "/xapi/activities/question/" + questionKey;
    }

    public String assignment(UUID assignmentKey) {
        return home + "/xapi/activities/assignment/" + assignmentKey;
    }

    public String versionExtension() {
        return home + "/xapi/extensions/course-version";
    }
}
