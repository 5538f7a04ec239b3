package kz.cites.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kz.cites.web.WebAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * A web-layer slice of the service: the named controllers with the service's advice and filters,
 * its route rules ({@code kz.cites.application.web.SecurityRules}) and platform/web's problem
 * handler and security; no database, no broker. The use cases a controller needs are mocked with
 * {@code @MockitoBean}; callers come from {@link Callers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "kz\\.cites\\.application\\.web\\.SecurityRules"))
@ImportAutoConfiguration(WebAutoConfiguration.class)
public @interface WebSliceTest {

  /** The controllers of the slice. */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value() default {};
}
