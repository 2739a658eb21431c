package kz.edufusion.reference.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.ClassPathResource;

/** Where the dataset files come from: the copies bundled in the jar, or an operator's directory. */
interface ImportSource {

    String describe();

    boolean exists(String file);

    InputStream open(String file) throws IOException;

    static ImportSource bundled() {
        return new Bundled();
    }

    static ImportSource directory(Path directory) {
        return new Directory(directory);
    }

    record Bundled() implements ImportSource {

        @Override
        public String describe() {
            return "bundled";
        }

        @Override
        public boolean exists(String file) {
            return new ClassPathResource("reference/" + file).exists();
        }

        @Override
        public InputStream open(String file) throws IOException {
            return new ClassPathResource("reference/" + file).getInputStream();
        }
    }

    /**
     * Files are looked up under the same relative path as in the jar, then by bare file name, so an
     * operator can point at an unpacked ESCO download folder as well as at a copy of our layout.
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
