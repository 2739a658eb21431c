package kz.edufusion.identity.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a person by e-mail for form login and HTTP Basic. */
@Service
public class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final IdentityViews views;

    PersonUserDetailsService(PersonRepository people, IdentityViews views) {
        this.people = people;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return people.findByEmail(Person.normalizeEmail(email))
                .map(views::currentUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
