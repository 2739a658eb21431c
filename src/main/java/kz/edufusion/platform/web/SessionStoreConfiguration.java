package kz.edufusion.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with PostgreSQL's {@code INSERT .. ON CONFLICT DO UPDATE}. Spring Session's plain
 * INSERT failed with a duplicate key when two requests of one session added the same attribute at once (the CSRF
 * token on two tabs opened together, or htmx requests of one page): the load test of the academy pages showed the
 * error page for such requests.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
