package kz.edufusion.credentials.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** JSON of payloads in and out, and reading the payload of a compact JWS without verifying it (for display). */
final class Jwts {

    static final ObjectMapper JSON = new ObjectMapper();

    private Jwts() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Map<String, Object>> object(String json) {
        try {
            Object value = JSON.readValue(json, Object.class);
            if (value instanceof Map<?, ?> map) {
                return Optional.of(JSON.convertValue(map, new TypeReference<LinkedHashMap<String, Object>>() { }));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The payload of a credential this module signed and stored (so known to be well-formed). */
    static Map<String, Object> storedPayload(String jwt) {
        String[] parts = jwt.split("\\.");
        return object(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("a stored credential has no JSON payload"));
    }
}
