package kz.edufusion.academy.web;

import java.util.UUID;
import kz.edufusion.academy.launch.CourseLaunch;
import kz.edufusion.academy.launch.LaunchContext;
import kz.edufusion.academy.launch.LaunchRequest;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The web entry into a course ("Start" / "Resume" on My learning): a launch from the platform's own session, shown
 * as the lesson the launch resolves. An LTI 1.3 launch will be a second controller that builds its request from a
 * verified id_token and ends the same way (decision record 0024).
 */
@Controller
class LaunchController {

    private final CourseLaunch launch;

    LaunchController(CourseLaunch launch) {
        this.launch = launch;
    }

    @GetMapping("/academy/courses/{id}/launch")
    String launch(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        LaunchContext context = launch.launch(LaunchRequest.web(user, id));
        return "redirect:/academy/lessons/" + context.lessonId();
    }
}
