package kz.edufusion.platform.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import kz.edufusion.common.cli.StandaloneCommand;

/** The sub-commands that run without the application context, found on the class path by {@link ServiceLoader}. */
final class StandaloneCommands {

    private StandaloneCommands() {
    }

    static List<StandaloneCommand> all() {
        // the interface's class loader sees the jar's own META-INF/services, also inside the Spring Boot fat jar
        return ServiceLoader.load(StandaloneCommand.class, StandaloneCommand.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(StandaloneCommand::name)).toList();
    }

    static Optional<StandaloneCommand> named(String name) {
        return all().stream().filter(command -> command.name().equals(name)).findFirst();
    }
}
