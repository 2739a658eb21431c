package kz.edufusion.common.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The arguments every import sub-command takes, {@code [--dir DIR] [--force]}: where the files come from
 * (the bundled copies unless a directory is named) and whether unchanged files are imported again.
 * {@code error} is the message for the operator, and the rest meaningless, when the arguments are not usable.
 */
public record ImportArguments(ImportSource source, boolean force, String error) {

    public static ImportArguments parse(List<String> arguments, String command, String bundledFolder) {
        ImportSource source = ImportSource.bundled(bundledFolder);
        boolean force = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ("--force".equals(argument)) {
                force = true;
            } else if ("--dir".equals(argument) && i + 1 < arguments.size()) {
                Path directory = Path.of(arguments.get(++i));
                if (!Files.isDirectory(directory)) {
                    return new ImportArguments(null, false, "Not a directory: " + directory);
                }
                source = ImportSource.directory(directory);
            } else {
                return new ImportArguments(null, false, "Usage: " + command + " [--dir DIR] [--force]");
            }
        }
        return new ImportArguments(source, force, null);
    }

    public boolean bundled() {
        return source instanceof ImportSource.Bundled;
    }
}
