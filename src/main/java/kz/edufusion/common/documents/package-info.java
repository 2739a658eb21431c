/**
 * Documents the platform hands out as files: {@link kz.edufusion.common.documents.PdfDocuments} turns an XHTML page
 * (usually a Thymeleaf template) into PDF bytes with the DejaVu fonts shipped in the jar, so Kazakh letters print on
 * any server, and never fetches anything from the network while doing it.
 */
package kz.edufusion.common.documents;
