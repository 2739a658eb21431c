/**
 * Streaming RFC 4180 CSV reading for every importer (reference data, skills, vacancies): quoted fields with
 * commas and line breaks, header checks that refuse a file before anything is written, and row errors that
 * reject one row while the import keeps the good ones.
 */
package kz.edufusion.common.csv;
