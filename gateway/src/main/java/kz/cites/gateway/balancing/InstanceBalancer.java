package kz.cites.gateway.balancing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spreads each balanced service's requests over its instances ({@link BalancingProperties}): the
 * route names the first instance; this filter, right after the route has made the request's URL,
 * puts the next instance in turn in its place. An instance that refuses the connection (killed,
 * restarting) is left out for a few seconds and the request goes to another one at once: nothing
 * was sent, so even a POST may go again. Each instance's health is also probed on a schedule, so a
 * dead one is left out before a caller meets it and taken back when it answers again.
 *
 * <p>Hand-written rather than Spring Cloud LoadBalancer ({@code lb://}): the set of instances is
 * static configuration here (the local stack, a compose file), and this keeps the gateway's
 * dependencies to what it has.
 */
@Component
class InstanceBalancer implements GlobalFilter, Ordered, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(InstanceBalancer.class);

  private final Map<String, ServiceInstances> byPrimary = new LinkedHashMap<>();
  private final WebClient probes = WebClient.create();
  private final Disposable probing;
  private final BalancingProperties properties;

  InstanceBalancer(BalancingProperties properties) {
    this.properties = properties;
    for (List<URI> instances : properties.balanced()) {
      ServiceInstances service = new ServiceInstances(instances, Clock.systemUTC());
      byPrimary.put(authority(service.primary()), service);
      log.info("Balancing {} over {}", service.primary(), instances);
    }
    probing =
        byPrimary.isEmpty()
            ? null
            : Flux.interval(properties.probeInterval())
                .concatMap(tick -> probeAll().onErrorResume(e -> Mono.empty()))
                .subscribe();
  }

  /** The balanced services, by the authority (host:port) their routes name. */
  Map<String, ServiceInstances> services() {
    return byPrimary;
  }

  @Override
  public int getOrder() {
    return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    URI url = exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
    ServiceInstances service = url == null ? null : byPrimary.get(authority(url));
    if (service == null) {
      return chain.filter(exchange);
    }
    URI first = service.choose(Optional.empty());
    return send(exchange, chain, service, url, first)
        .onErrorResume(
            e -> causedBy(e, ConnectException.class) && !exchange.getResponse().isCommitted(),
            e -> {
              service.rest(first);
              URI second = service.choose(Optional.of(first));
              log.warn(
                  "{} refused the connection ({}); left out for {} s, sending to {}",
                  first,
                  e.getMessage(),
                  ServiceInstances.RESTING.toSeconds(),
                  second);
              ServerWebExchangeUtils.reset(exchange);
              return send(exchange, chain, service, url, second)
                  .doOnError(
                      again -> {
                        if (causedBy(again, ConnectException.class)) {
                          service.rest(second);
                        }
                      });
            });
  }

  private static Mono<Void> send(
      ServerWebExchange exchange,
      GatewayFilterChain chain,
      ServiceInstances service,
      URI url,
      URI instance) {
    URI target =
        UriComponentsBuilder.fromUri(url)
            .scheme(instance.getScheme())
            .host(instance.getHost())
            .port(instance.getPort())
            .build(true)
            .toUri();
    exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, target);
    return chain.filter(exchange);
  }

  private Mono<Void> probeAll() {
    return Flux.fromIterable(byPrimary.values())
        .flatMap(
            service ->
                Flux.fromIterable(service.all()).flatMap(instance -> probe(service, instance)))
        .then();
  }

  private Mono<Void> probe(ServiceInstances service, URI instance) {
    return probes
        .get()
        .uri(properties.healthOf(instance))
        .retrieve()
        .toBodilessEntity()
        .timeout(Duration.ofSeconds(2))
        .doOnSuccess(
            ok -> {
              if (service.resting(instance)) {
                log.info("{} answers again: taken back", instance);
              }
              service.available(instance);
            })
        .onErrorResume(
            e -> {
              if (!service.resting(instance)) {
                log.warn("{} failed its health probe ({}): left out", instance, e.toString());
              }
              service.rest(instance);
              return Mono.empty();
            })
        .then();
  }

  private static String authority(URI uri) {
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return uri.getHost() + ":" + port;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void destroy() {
    if (probing != null) {
      probing.dispose();
    }
  }
}
