package kz.edufusion.common.cli;

/**
 * An operator sub-command that needs no application context (no database, no beans): a file-in, file-out
 * tool such as {@code allocate}. The dispatcher finds it with {@link java.util.ServiceLoader} (list the
 * class in {@code META-INF/services/kz.edufusion.common.cli.StandaloneCommand}; it needs a public no-argument
 * constructor) and runs it before, and instead of, starting Spring. It must not also be a Spring bean.
 */
public interface StandaloneCommand extends OperatorCommand {
}
