package kz.edufusion.common.web;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Locale from the person's preference or {@code ?lang=}, and the static resources. Static files are served only under
 * the three prefixes that hold them ({@code spring.web.resources.add-mappings} is off): with Boot's default
 * {@code /**} mapping, the resource URL filter tried every link a page writes ({@code @{/academy/lessons/..}}) against
 * the classpath locations, misses are not cached, and in the packaged jar those lookups took 60 % of a course page's
 * CPU (decision 0028, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(Optional<LocalePreferenceStore> store) {
        return new PreferredLocaleResolver(store);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        // version-less webjar links (/webjars/bootstrap/css/bootstrap.min.css) resolved by webjars-locator-lite
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
