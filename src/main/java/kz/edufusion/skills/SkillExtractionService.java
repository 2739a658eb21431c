package kz.edufusion.skills;

import java.util.List;
import kz.edufusion.skills.extraction.Extraction;
import kz.edufusion.skills.extraction.Language;
import kz.edufusion.skills.extraction.SkillDictionary;
import kz.edufusion.skills.extraction.SkillDictionaryLoader;
import kz.edufusion.skills.extraction.SkillExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The skill extraction engine for the rest of the application. The dictionary (curated vocabulary plus
 * the bundled ESCO collections) is built once, on first use, and shared; each node builds its own, so
 * nodes stay stateless. Thread-safe.
 */
@Service
public class SkillExtractionService {

    private static final Logger log = LoggerFactory.getLogger(SkillExtractionService.class);

    private volatile SkillExtractor extractor;

    public Extraction extract(String text, Language language, List<String> tags) {
        return extractor().extract(text, language, tags == null ? List.of() : tags);
    }

    private SkillExtractor extractor() {
        SkillExtractor current = extractor;
        if (current == null) {
            synchronized (this) {
                current = extractor;
                if (current == null) {
                    long started = System.nanoTime();
                    SkillDictionary dictionary = SkillDictionary.build(SkillDictionaryLoader.fromClasspath());
                    current = new SkillExtractor(dictionary);
                    extractor = current;
                    log.info("Skill dictionary built in {} ms: {} skills, {} terms", (System.nanoTime() - started) / 1_000_000,
                            dictionary.skillCount(), dictionary.termCount());
                }
            }
        }
        return current;
    }
}
