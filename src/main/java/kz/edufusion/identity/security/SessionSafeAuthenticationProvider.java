package kz.edufusion.identity.security;

import kz.edufusion.identity.CurrentUser;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password login whose resulting principal carries no password hash into the (database-backed) session. */
class SessionSafeAuthenticationProvider extends DaoAuthenticationProvider {

    SessionSafeAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords) {
        super(passwords);
        setUserDetailsService(users);
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        UserDetails safe = user instanceof CurrentUser current ? current.withoutPassword() : user;
        return super.createSuccessAuthentication(safe, authentication, safe);
    }
}
