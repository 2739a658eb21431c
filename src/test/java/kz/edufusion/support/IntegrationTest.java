package kz.edufusion.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application on the shared test PostgreSQL with the demo data loaded. Every test class that
 * uses this exact annotation shares one cached Spring context, so the suite starts the platform once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SharedTestDatabase.class)
@ActiveProfiles("demo")
public @interface IntegrationTest {
}
