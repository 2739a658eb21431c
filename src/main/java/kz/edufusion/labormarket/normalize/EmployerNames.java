package kz.edufusion.labormarket.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparable key of an employer's name: lower case, without legal forms (ТОО, АО, LLP, JSC, ...), trade-mark
 * markers, quotes, punctuation and the part in brackets (hh puts a transliteration or the legal owner there:
 * "Kolesa (АО Колеса)", "Home Credit Bank (ДБ АО «ForteBank»)"), so "Epam Kazakhstan (Эпам Казахстан),ТОО" and
 * "EPAM Kazakhstan ТОО" meet.
 */
public final class EmployerNames {

    private static final Set<String> LEGAL_FORMS = Set.of("тоо", "ао", "оао", "зао", "ооо", "ип", "жшс", "ақ", "ат",
            "llp", "llc", "jsc", "ltd", "inc", "тм", "tm", "гу", "ргп", "кгп", "мка", "филиал", "branch", "дб",
            "нао", "чк", "осоо", "gmbh", "plc", "limited", "corp", "fzco", "oü", "ou");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
    // an AIFC legal form written out ("Частная компания QazX Ltd.")
    private static final Pattern PRIVATE_COMPANY = Pattern.compile("(^|\\s)частная\\s+компания(\\s|$)");

    private EmployerNames() {
    }

    /** The key, or null for a blank name. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        text = PRIVATE_COMPANY.matcher(text).replaceAll(" ");
        String key = words(BRACKETS.matcher(text).replaceAll(" "));
        // a name that is all brackets ("(ТОО Альфа)") keeps what is inside them
        return key != null ? key : words(text);
    }

    private static String words(String text) {
        StringBuilder key = new StringBuilder();
        for (String word : NON_WORD.split(text)) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
        }
        return key.isEmpty() ? null : key.toString();
    }
}
