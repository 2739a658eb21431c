package kz.edufusion.reference;

import kz.edufusion.common.LocalizedText;

/** An ISCO-08 group (the basis of Kazakhstan's NKZ): 1 digit major group down to 4 digit unit group. */
public record IscoGroup(String code, int level, String parentCode, String uri, LocalizedText label) {
}
