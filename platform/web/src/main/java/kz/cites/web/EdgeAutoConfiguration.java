package kz.cites.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Every error a problem, on the service's own port too (issue 15): what the server refuses before a
 * controller runs (the firewall, the error page Tomcat and filters send to), a JSON body over the
 * cap, and text no request may carry. Ordered before Boot's error-page configuration so that its
 * {@code BasicErrorController} backs off.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({EdgeProblems.class, ErrorPageProblems.class, EveryProblemTyped.class})
public class EdgeAutoConfiguration {

  /**
   * Every string of a JSON body is checked as it is read: a NUL character or a lone surrogate is a
   * 400 validation problem naming the field ({@link PlainText}).
   */
  @Bean
  JsonMapperBuilderCustomizer plainTextStrings() {
    return builder ->
        builder.addModule(
            new SimpleModule("cites-plain-text")
                .addDeserializer(String.class, new PlainTextDeserializer()));
  }

  /**
   * Numbers are JSON numbers: {@code "quantity": "5"} or {@code ""} is no quantity, and a fraction
   * is no whole number (Jackson would truncate {@code 1.5} to {@code 1}). Like the strict booleans,
   * a 400 malformed-body naming the field.
   */
  @Bean
  JsonMapperBuilderCustomizer strictNumbers() {
    return builder ->
        builder
            .withCoercionConfig(
                LogicalType.Integer,
                config ->
                    config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Float,
                config ->
                    config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
  }

  /** The cap of a JSON request body read by a controller ({@link JsonBodyLimit}). */
  @Bean
  JsonBodyLimit jsonBodyLimit(@Value("${cites.web.max-json-body-size:1MB}") DataSize maxSize) {
    return new JsonBodyLimit(maxSize.toBytes());
  }

  /**
   * A NUL or a lone surrogate in the query string is a validation problem ({@link PlainTextQuery}).
   */
  @Bean
  FilterRegistrationBean<PlainTextQuery> plainTextQuery(JsonMapper json) {
    var registration = new FilterRegistrationBean<>(new PlainTextQuery(json));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // after the trace filter
    return registration;
  }

  /** Spring Security's firewall answers with a problem ({@link RejectedRequests}). */
  @Bean
  RequestRejectedHandler rejectedRequests(JsonMapper json) {
    return new RejectedRequests(json);
  }

  /** Tomcat's own refusals as problems ({@link ContainerProblemValve}). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
  static class TomcatProblems {

    /**
     * After Boot's customizer, which may add a plain {@code ErrorReportValve}: the valve added last
     * is nearer the request and reports first, and only one reports.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> containerProblems() {
      return factory ->
          factory.addContextCustomizers(
              context -> {
                if (context.getParent() instanceof StandardHost host) {
                  host.setErrorReportValveClass(ContainerProblemValve.class.getName());
                  host.getPipeline().addValve(new ContainerProblemValve());
                }
              });
    }
  }
}
