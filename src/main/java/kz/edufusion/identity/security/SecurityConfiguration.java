package kz.edufusion.identity.security;

import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.ApiTokenService;
import kz.edufusion.identity.domain.PersonUserDetailsService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the REST API (stateless; HTTP Basic or a personal Bearer token; failures as
 * problem details) and the pages (form login, sessions in PostgreSQL, CSRF, strict CSP). Coarse role
 * rules live here; organization scope is checked in each module's service on every query.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Frames only from the academy's allow-listed video players (academy.domain.VideoLinks makes those addresses). */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "frame-src https://www.youtube-nocookie.com https://player.vimeo.com";
    /** Swagger UI sets inline styles in its markup; it gets its own, slightly wider policy. */
    static final String CSP_SWAGGER = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private static final String ADMIN = Role.PLATFORM_ADMIN.name();

    @Bean
    AuthenticationManager authenticationManager(PersonUserDetailsService users, PasswordEncoder passwords,
            AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new SessionSafeAuthenticationProvider(users, passwords));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokenService tokens,
            ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/credentials/verify").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager,
            LocaleRestoringLoginHandler loginHandler) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/register/**", "/password/**", "/invitations/**", "/verify/**", "/error",
                                "/credentials/issuer", "/credentials/jwks.json", "/.well-known/jwks.json", "/credentials/status/**",
                                "/credentials/achievements/**",
                                "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // the academy's catalog and course pages are public; enrolling and lessons need a sign-in
                        .requestMatchers(HttpMethod.GET, "/academy", "/academy/courses/*").permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers("/organization/**").hasAnyRole(ADMIN, Role.UNIVERSITY_COORDINATOR.name(),
                                Role.COMPANY_REPRESENTATIVE.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email").successHandler(loginHandler)
                        .failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain swagger(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP_SWAGGER)));
        return http.build();
    }
}
