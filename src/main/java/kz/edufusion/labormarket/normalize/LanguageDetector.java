package kz.edufusion.labormarket.normalize;

import java.util.Optional;

/** The main language of a vacancy's plain text. */
public interface LanguageDetector {

    /** "kk", "ru" or "en"; empty when the text has too few letters to tell. */
    Optional<String> detect(String plainText);
}
