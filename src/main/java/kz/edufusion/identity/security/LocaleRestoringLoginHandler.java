package kz.edufusion.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.edufusion.common.web.PreferredLocaleResolver;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After login the UI speaks the language the user chose last time, on whatever device they use now. */
@Component
class LocaleRestoringLoginHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    LocaleRestoringLoginHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            request.getSession().setAttribute(PreferredLocaleResolver.SESSION_ATTRIBUTE, user.language());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
