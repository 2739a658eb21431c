package kz.edufusion.labormarket.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code edufusion.labormarket.import.*}: how many threads extract skills during a run (the reading and writing
 * thread comes on top), and how many runs the background executor takes at once.
 */
@ConfigurationProperties("edufusion.labormarket.import")
record ImportSettings(Integer extractionThreads, Integer backgroundRuns) {

    ImportSettings {
        extractionThreads = extractionThreads == null || extractionThreads < 1 ? 2 : extractionThreads;
        backgroundRuns = backgroundRuns == null || backgroundRuns < 1 ? 1 : backgroundRuns;
    }
}
