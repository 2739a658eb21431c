package kz.edufusion.skills.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.ClassPathResource;

/** Where skill files come from: the copies bundled under {@code classpath:skills/}, or an operator's directory. */
interface SkillImportSource {

    String describe();

    boolean exists(String file);

    InputStream open(String file) throws IOException;

    static SkillImportSource bundled() {
        return new Bundled();
    }

    static SkillImportSource directory(Path directory) {
        return new Directory(directory);
    }

    record Bundled() implements SkillImportSource {

        @Override
        public String describe() {
            return "bundled";
        }

        @Override
        public boolean exists(String file) {
            return new ClassPathResource("skills/" + file).exists();
        }

        @Override
        public InputStream open(String file) throws IOException {
            return new ClassPathResource("skills/" + file).getInputStream();
        }
    }

    /**
     * Files are looked up under the same relative path as in the jar ({@code esco/skills_en.csv}), then by
     * bare file name, so an operator can point at an unpacked ESCO download as well as at a copy of our layout.
     */
    record Directory(Path directory) implements SkillImportSource {

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
