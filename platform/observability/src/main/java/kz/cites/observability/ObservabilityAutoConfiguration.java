package kz.cites.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * What every application gets besides the defaults: the trace context (and the MDC that follows it)
 * carried onto the threads of Spring's task executors, virtual or not ({@code @Async}, the
 * application task executor). Executors a class makes itself wrap with {@link TracedExecutors}.
 */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

  /** Boot applies a {@link TaskDecorator} bean to the executors it configures. */
  @Bean
  @ConditionalOnMissingBean(TaskDecorator.class)
  TaskDecorator contextPropagatingTaskDecorator() {
    return new ContextPropagatingTaskDecorator();
  }
}
