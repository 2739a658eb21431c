package kz.edufusion.credentials.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * W3C Bitstring Status Lists for revocation. Each list holds 131,072 entries (16 KB, the specification's minimum,
 * so a list does not tell which few credentials exist); index {@code i} is bit {@code 7 - i % 8} of byte
 * {@code i / 8} (the first entry is the most significant bit of the first byte). Handing out an index is one
 * UPDATE that holds the list's row until the issuing transaction ends, so two issuers never get the same index and
 * a rolled-back issue gives its index back. Revoking sets the bit with one UPDATE (no read-modify-write race).
 */
@Component
class StatusLists {

    static final int SIZE = 131_072;

    private final JdbcClient jdbc;

    StatusLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(int listId, int index) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Entry allocate() {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Entry> entry = jdbc.sql("UPDATE credentials.status_list SET next_index = next_index + 1, updated_at = now() "
                            + "WHERE id = (SELECT id FROM credentials.status_list WHERE next_index < size ORDER BY id LIMIT 1) "
                            + "AND next_index < size RETURNING id, next_index - 1 AS allocated")
                    .query((rs, n) -> new Entry(rs.getInt("id"), rs.getInt("allocated"))).optional();
            if (entry.isPresent()) {
                return entry.get();
            }
            jdbc.sql("INSERT INTO credentials.status_list (id, purpose, size, bits) "
                            + "SELECT COALESCE(MAX(id), 0) + 1, 'revocation', ?, ? FROM credentials.status_list "
                            + "ON CONFLICT (id) DO NOTHING")
                    .params(SIZE, new byte[SIZE / 8]).update();
        }
        throw new IllegalStateException("no status list entry could be allocated");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setRevoked(Entry entry) {
        // PostgreSQL numbers bits from the least significant bit of each byte; the W3C list from the most significant
        int pgBit = (entry.index() / 8) * 8 + (7 - entry.index() % 8);
        int updated = jdbc.sql("UPDATE credentials.status_list SET bits = set_bit(bits, ?, 1), updated_at = now() WHERE id = ?")
                .params(pgBit, entry.listId()).update();
        if (updated != 1) {
            throw new IllegalStateException("status list " + entry.listId() + " does not exist");
        }
    }

    boolean isSet(Entry entry) {
        return bits(entry.listId()).map(bits -> bit(bits, entry.index())).orElse(false);
    }

    Optional<byte[]> bits(int listId) {
        return jdbc.sql("SELECT bits FROM credentials.status_list WHERE id = ?").param(listId).query(byte[].class).optional();
    }

    static boolean bit(byte[] bits, int index) {
        if (index < 0 || index >= bits.length * 8) {
            throw new IllegalArgumentException("status list index out of range: " + index);
        }
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    /** The {@code encodedList}: multibase base64url (prefix {@code u}, no padding) of the GZIP of the bitstring. */
    static String encode(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
