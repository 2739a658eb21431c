package kz.edufusion.labormarket;

import kz.edufusion.common.LocalizedText;

/**
 * A skill asked together with another: {@code together} vacancies ask for both, {@code vacancies} ask for this
 * one, and {@code lift} = P(both) / (P(one) x P(other)) within the filter; above 1 means they go together more
 * often than chance would have it.
 */
public record RelatedSkill(String skillUri, LocalizedText label, long together, long vacancies, double lift) {
}
