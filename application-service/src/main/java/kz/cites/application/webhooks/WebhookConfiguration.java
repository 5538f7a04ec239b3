package kz.cites.application.webhooks;

import kz.cites.application.webhooks.domain.EndpointPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules of where deliveries may go, from {@code cites.webhooks.allowed-urls}. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

  @Bean
  EndpointPolicy endpointPolicy(WebhookProperties properties) {
    return new EndpointPolicy(properties.allowedUrls());
  }
}
