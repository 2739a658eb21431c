package kz.edufusion.platform.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.edufusion.common.cli.OperatorCommand;
import kz.edufusion.common.cli.StandaloneCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dispatches the jar's sub-commands. {@code serve} (the default) starts the web platform and keeps
 * running; a {@link StandaloneCommand} runs without any application context (no database); every other
 * command starts the context without a web server, runs, and exits with its code.
 */
public final class OperatorCommands {

    public static final String SERVE = "serve";

    private OperatorCommands() {
    }

    public static void dispatch(Class<?> application, String[] args) {
        String command = args.length == 0 || args[0].startsWith("-") ? SERVE : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("-") ? args : Arrays.copyOfRange(args, 1, args.length);
        if (SERVE.equals(command)) {
            SpringApplication.run(application, rest);
            return;
        }
        System.exit(runCommand(application, command, rest));
    }

    static int runCommand(Class<?> application, String command, String[] rest) {
        StandaloneCommand standalone = StandaloneCommands.named(command).orElse(null);
        if (standalone != null) {
            return runStandalone(standalone, rest);
        }
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(java.util.Map.of("edufusion.jobs.enabled", "false", "spring.main.banner-mode", "off"));
        List<String> springArgs = Arrays.stream(rest).filter(a -> a.startsWith("--spring.") || a.startsWith("--edufusion.")).toList();
        List<String> commandArgs = Arrays.stream(rest).filter(a -> !springArgs.contains(a)).toList();
        try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
            List<OperatorCommand> commands = context.getBeansOfType(OperatorCommand.class).values().stream()
                    .sorted(Comparator.comparing(OperatorCommand::name)).toList();
            if ("help".equals(command)) {
                System.out.println("Commands: serve (default) - start the platform");
                Stream.concat(commands.stream(), StandaloneCommands.all().stream()).sorted(Comparator.comparing(OperatorCommand::name))
                        .forEach(c -> System.out.println("  " + c.name() + " - " + c.description()));
                return 0;
            }
            OperatorCommand chosen = commands.stream().filter(c -> c.name().equals(command)).findFirst().orElse(null);
            if (chosen == null) {
                System.err.println("Unknown command '" + command + "'. Try 'help'.");
                return 2;
            }
            return chosen.run(commandArgs, System.out);
        } catch (Exception e) {
            System.err.println("Command '" + command + "' failed: " + e.getMessage());
            return 1;
        }
    }

    private static int runStandalone(StandaloneCommand command, String[] rest) {
        try {
            return command.run(Arrays.asList(rest), System.out);
        } catch (Exception e) {
            System.err.println("Command '" + command.name() + "' failed: " + e.getMessage());
            return 1;
        }
    }
}
