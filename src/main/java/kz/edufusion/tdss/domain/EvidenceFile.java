package kz.edufusion.tdss.domain;

/** An evidence file as checked: a PDF or an image, its type read from its bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
