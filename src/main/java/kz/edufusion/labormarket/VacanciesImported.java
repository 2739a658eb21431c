package kz.edufusion.labormarket;

import java.time.Instant;

/**
 * Published when a vacancy import run has committed: demand aggregates and anything else derived from vacancies
 * refresh on it. {@code changed} counts inserted and updated vacancies; zero means nothing needs refreshing.
 */
public record VacanciesImported(long runId, int changed, Instant finishedAt) {
}
