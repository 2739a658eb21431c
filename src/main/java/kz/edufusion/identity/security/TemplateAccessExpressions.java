package kz.edufusion.identity.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.ParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.web.access.expression.DefaultWebSecurityExpressionHandler;

/**
 * The templates' {@code sec:authorize="hasRole('..')"} expressions are parsed once instead of on every use. The
 * Thymeleaf security dialect asks the web security expression handler's parser for every attribute of every page
 * (about twenty in the layout's menu alone), and SpEL parsing was a measurable part of a page's CPU in the academy
 * load test (decision 0029). A parsed SpEL expression is immutable and safe to evaluate from many threads; the
 * expressions are the templates' constant texts, so the map stays small (and stops growing past a bound).
 */
@Configuration(proxyBeanMethods = false)
class TemplateAccessExpressions {

    static final int MAX_EXPRESSIONS = 2_000;

    @Bean
    static BeanPostProcessor cachedAccessExpressions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DefaultWebSecurityExpressionHandler handler) {
                    handler.setExpressionParser(new ParsedOnce(new SpelExpressionParser()));
                }
                return bean;
            }
        };
    }

    /** A parser that keeps what it parsed, by expression text (parser contexts other than the default are not kept). */
    static final class ParsedOnce implements ExpressionParser {

        private final ExpressionParser parser;
        private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

        ParsedOnce(ExpressionParser parser) {
            this.parser = parser;
        }

        @Override
        public Expression parseExpression(String expressionString) throws ParseException {
            Expression expression = parsed.get(expressionString);
            if (expression == null) {
                expression = parser.parseExpression(expressionString);
                if (parsed.size() < MAX_EXPRESSIONS) {
                    parsed.putIfAbsent(expressionString, expression);
                }
            }
            return expression;
        }

        @Override
        public Expression parseExpression(String expressionString, ParserContext context) throws ParseException {
            return context == null ? parseExpression(expressionString) : parser.parseExpression(expressionString, context);
        }
    }
}
