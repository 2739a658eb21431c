package kz.edufusion.common.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * An operator sub-command of the packaged jar ({@code java -jar edufusion.jar NAME args...}). Modules
 * contribute them as beans; the command runs inside a full application context without the web server.
 */
public interface OperatorCommand {

    String name();

    /** One line for {@code help}. */
    String description();

    /** Runs the command; the return value is the process exit code. */
    int run(List<String> arguments, PrintStream out) throws Exception;
}
