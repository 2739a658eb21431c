package kz.edufusion.academy.domain;

import kz.edufusion.common.LocalizedText;

/** One option of a choice question and whether ticking it is right. */
public record OptionInput(LocalizedText text, boolean correct) {
}
