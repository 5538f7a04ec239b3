package kz.cites.observability;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * What every application gets besides the defaults: the trace context (and the MDC that follows it)
 * carried onto the threads of Spring's task executors, virtual or not ({@code @Async}, the
 * application task executor); executors a class makes itself wrap with {@link TracedExecutors}. And
 * no trace, no request metric, for what arrives on the management port: a scrape every 15 seconds
 * or a probe every few is not the business anyone follows.
 */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

  /** Boot applies a {@link TaskDecorator} bean to the executors it configures. */
  @Bean
  @ConditionalOnMissingBean(TaskDecorator.class)
  TaskDecorator contextPropagatingTaskDecorator() {
    return new ContextPropagatingTaskDecorator();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class Servlet {
    @Bean
    ObservationPredicate noManagementPortObservations(Environment environment) {
      ManagementPort managementPort = new ManagementPort(environment);
      return (name, context) ->
          !(context
                  instanceof
                  org.springframework.http.server.observation.ServerRequestObservationContext
                      request
              && managementPort.is(request.getCarrier().getLocalPort()));
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  static class Reactive {
    @Bean
    ObservationPredicate noManagementPortObservations(Environment environment) {
      ManagementPort managementPort = new ManagementPort(environment);
      return (name, context) ->
          !(context
                  instanceof
                  org.springframework.http.server.reactive.observation
                          .ServerRequestObservationContext
                      request
              && request.getCarrier().getLocalAddress() != null
              && managementPort.is(request.getCarrier().getLocalAddress().getPort()));
    }
  }
}
