package kz.edufusion;

import kz.edufusion.platform.cli.OperatorCommands;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * EduFusion: one deployable application (a modular monolith). The jar's first argument picks an
 * operator sub-command; {@code serve} is the default so {@code java -jar edufusion.jar} starts the platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EduFusionApplication {

    public static void main(String[] args) {
        OperatorCommands.dispatch(EduFusionApplication.class, args);
    }
}
