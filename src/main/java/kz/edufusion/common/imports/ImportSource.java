package kz.edufusion.common.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;

/**
 * Where an importer's files come from: the copies bundled in the jar under a module's folder, or an
 * operator's directory. Importers skip a file whose checksum equals the last import's, so re-runs are cheap.
 */
public interface ImportSource {

    String describe();

    boolean exists(String file);

    InputStream open(String file) throws IOException;

    static ImportSource bundled(String classpathFolder) {
        return new Bundled(classpathFolder);
    }

    static ImportSource directory(Path directory) {
        return new Directory(directory);
    }

    /** The SHA-256 of the file's bytes, in hex. */
    default String sha256(String file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(open(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    record Bundled(String classpathFolder) implements ImportSource {

        @Override
        public String describe() {
            return "bundled";
        }

        @Override
        public boolean exists(String file) {
            return new ClassPathResource(classpathFolder + "/" + file).exists();
        }

        @Override
        public InputStream open(String file) throws IOException {
            return new ClassPathResource(classpathFolder + "/" + file).getInputStream();
        }
    }

    /**
     * Files are looked up under the same relative path as in the jar, then by bare file name, so an
     * operator can point at an unpacked publisher download (e.g. ESCO's) as well as at a copy of our layout.
     */
    record Directory(Path directory) implements ImportSource {

        @Override
        public String describe() {
            return directory.toAbsolutePath().normalize().toString();
        }

        @Override
        public boolean exists(String file) {
            return Files.isRegularFile(locate(file));
        }

        @Override
        public InputStream open(String file) throws IOException {
            return Files.newInputStream(locate(file));
        }

        private Path locate(String file) {
            Path nested = directory.resolve(file);
            return Files.isRegularFile(nested) ? nested : directory.resolve(Path.of(file).getFileName());
        }
    }
}
