package kz.edufusion.tdss.web;

import java.io.Serializable;

/** A refused form, carried to the page it came from: the message key, its arguments and the field to blame. */
public record PageProblem(String key, Object[] args, String field) implements Serializable {
}
