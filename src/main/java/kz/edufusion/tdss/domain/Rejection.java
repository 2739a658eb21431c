package kz.edufusion.tdss.domain;

/** A row or item an import refused, and why. */
public record Rejection(String where, String reason) {
}
