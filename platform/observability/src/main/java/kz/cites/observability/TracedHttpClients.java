package kz.cites.observability;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.java11.instrument.binder.jdk.MicrometerHttpClient;
import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpClient;

/**
 * The JDK's {@link HttpClient}, observed: each exchange is a client span under the current one (its
 * {@code traceparent} written into the request) and counts in {@code http.client.requests}, as a
 * {@code RestClient}'s would (ADR 0013). For the few clients that speak plain {@code
 * java.net.http}: the NCA's API, its OCSP responder, the payment gateway's notifications.
 */
public final class TracedHttpClients {

  private TracedHttpClients() {}

  /**
   * {@code client} observed through {@code observations}; the {@code uri} tag is the request's path
   * (the callers' paths are fixed, no identifiers in them). Close the original client, not this
   * one.
   */
  public static HttpClient observed(HttpClient client, ObservationRegistry observations) {
    return MicrometerHttpClient.instrumentationBuilder(client, Metrics.globalRegistry)
        .observationRegistry(observations)
        .uriMapper(request -> request.uri().getPath())
        .build();
  }
}
