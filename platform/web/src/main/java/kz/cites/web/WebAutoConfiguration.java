package kz.cites.web;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import java.time.Duration;
import kz.cites.access.TokenMemory;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Problem details, the correlation id, security building blocks, the languages of what people read
 * and the OpenAPI header for every service. Ordered before Boot's MVC auto-configuration so that
 * our {@link ProblemHandler} is the one exception handler (Boot backs off its own when one exists,
 * whatever {@code spring.mvc.problemdetails.enabled} says) and our {@link LanguageResolver} the
 * locale resolver, and before Boot's message source so that ours is the one.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
      "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration"
    })
@Import({ProblemHandler.class, ContentLanguageAdvice.class})
public class WebAutoConfiguration {

  @Bean
  ApiSecurity apiSecurity(JsonMapper jsonMapper, Texts texts) {
    return new ApiSecurity(jsonMapper, texts);
  }

  /**
   * Puts {@link VerifiedTokens} in front of the {@code JwtDecoder} Boot builds from the
   * resource-server properties, so that every check stays Boot's and only the repetition goes.
   * {@code cites.tokens.remembered} (how many, 10,000 by default; 0 verifies every request fully)
   * and {@code cites.tokens.remembered-for} (at most 5 minutes) tune it.
   */
  @Bean
  static BeanPostProcessor rememberVerifiedTokens(Environment environment) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
          return new VerifiedTokens(
              decoder,
              new TokenMemory<>(
                  environment.getProperty(
                      "cites.tokens.remembered", Integer.class, TokenMemory.DEFAULT_CAPACITY),
                  environment.getProperty(
                      "cites.tokens.remembered-for", Duration.class, TokenMemory.DEFAULT_MAX_AGE),
                  Clock.systemUTC()));
        }
        return bean;
      }
    };
  }

  /**
   * The texts people read, from the service's bundle ({@code messages.properties} in Russian, the
   * default language, with {@code messages_kk.properties} and {@code messages_en.properties}) and
   * then platform/web's (ADR 0007). UTF-8; never the server's own locale: a language without a file
   * of its own is Russian. Bean validation's messages come from here too (Boot's validator reads
   * the context's message source), in the request's language.
   */
  @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
  @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
  ResourceBundleMessageSource messageSource() {
    return Texts.bundles();
  }

  /**
   * @param strict a missing text fails the request instead of showing its key (the services' tests
   *     set {@code cites.texts.strict}, so that a key used in code but missing from the bundles
   *     fails them)
   */
  @Bean
  Texts texts(MessageSource messageSource, @Value("${cites.texts.strict:false}") boolean strict) {
    return new Texts(messageSource, strict);
  }

  /** Spring MVC's locale (and so bean validation's) is the request's {@link Language}. */
  @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  LocaleResolver localeResolver() {
    return new LanguageResolver();
  }

  /**
   * Every operation documents the {@code Accept-Language} header: which language problem details,
   * notifications and common names come in.
   */
  @Bean
  OperationCustomizer acceptLanguageHeader() {
    return (operation, handlerMethod) -> {
      boolean documented =
          operation.getParameters() != null
              && operation.getParameters().stream()
                  .anyMatch(
                      p ->
                          "header".equals(p.getIn())
                              && HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(p.getName()));
      if (!documented) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(HttpHeaders.ACCEPT_LANGUAGE)
                .description(
                    "The language of what people read in the answer (problem titles, details and"
                        + " field messages, cabinet notifications, species' common names): kk"
                        + " (Kazakh), ru (Russian) or en (English), RFC 9110 weights respected;"
                        + " anything else, or none, is answered in Russian. Content-Language"
                        + " names the language of an answer that holds such texts; codes, types"
                        + " and field paths never change.")
                .required(false)
                .example("kk")
                .schema(new StringSchema().example("kk")._default(Language.DEFAULT.tag())));
      }
      return operation;
    };
  }

  /**
   * A creating POST that takes an {@code Idempotency-Key} ({@link IdempotencyKeys}) documents it
   * the same way everywhere: what a key may be, and what a retry gets. An operation that describes
   * the header itself (the submission, which keeps its key on the application) keeps its words.
   */
  @Bean
  OperationCustomizer idempotencyKeyHeader() {
    return (operation, handlerMethod) -> {
      if (operation.getParameters() == null) {
        return operation;
      }
      operation.getParameters().stream()
          .filter(
              p ->
                  "header".equals(p.getIn())
                      && IdempotentRequest.HEADER.equalsIgnoreCase(p.getName())
                      && p.getDescription() == null)
          .forEach(
              p ->
                  p.description(
                          "Makes a retry safe (IETF draft \"The Idempotency-Key HTTP Header"
                              + " Field\"): 1 to 200 visible ASCII characters, a UUID say, new"
                              + " for every new request. The same caller repeating the same"
                              + " request with the same key within 24 hours gets the first"
                              + " answer again (status, Location, body; Idempotent-Replayed:"
                              + " true) and nothing is created twice; the key with another"
                              + " request is 422 idempotency-key-reused; while the first is still"
                              + " being processed, 409 idempotency-key-in-use. Only a success is"
                              + " kept: a refused request may be corrected and sent again under"
                              + " the same key. Without the header nothing is remembered.")
                      .required(false)
                      .example("5f0c7a1e-2b4d-4c8e-9a6f-3d1e2c4b5a69")
                      .schema(
                          new StringSchema()
                              .pattern(IdempotentRequest.PATTERN)
                              .minLength(1)
                              .maxLength(200)));
      return operation;
    };
  }

  /**
   * A list ({@link Paged}) documents {@code page} and {@code size} with their bounds and defaults,
   * so that a generated client knows them without reading prose.
   */
  @Bean
  OperationCustomizer pageParameters() {
    return (operation, handlerMethod) -> {
      Paged paged = handlerMethod.getMethodAnnotation(Paged.class);
      if (paged == null || operation.getParameters() == null) {
        return operation;
      }
      for (var parameter : operation.getParameters()) {
        if (!"query".equals(parameter.getIn())) {
          continue;
        }
        if (Paging.PAGE.equals(parameter.getName())) {
          parameter
              .description("The page, from 0; one past the last is empty")
              .example(0)
              .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0));
        } else if (Paging.SIZE.equals(parameter.getName())) {
          parameter
              .description("Items per page, 1 to " + paged.maxSize())
              .example(Paging.DEFAULT_SIZE)
              .schema(
                  new IntegerSchema()
                      .minimum(java.math.BigDecimal.ONE)
                      .maximum(java.math.BigDecimal.valueOf(paged.maxSize()))
                      ._default(Paging.DEFAULT_SIZE));
        }
      }
      return operation;
    };
  }

  /**
   * Request bodies are read strictly: a key twice in one object is refused (not "last wins"), and a
   * boolean must be a JSON {@code true} or {@code false}, never a number or a string ({@code
   * "personalDataConsent": 12345} is no consent). Either is a 400 malformed-body naming the field.
   */
  @Bean
  JsonMapperBuilderCustomizer strictRequestBodies() {
    return builder ->
        builder
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                LogicalType.Boolean,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
  }

  /** The correlation id; the trace is Micrometer Tracing's (platform/observability). */
  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
