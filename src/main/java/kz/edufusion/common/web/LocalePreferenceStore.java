package kz.edufusion.common.web;

import java.util.Locale;
import org.springframework.security.core.Authentication;

/** Keeps a signed-in user's chosen language so that it follows them to any device and node. */
public interface LocalePreferenceStore {

    void remember(Authentication user, Locale locale);
}
