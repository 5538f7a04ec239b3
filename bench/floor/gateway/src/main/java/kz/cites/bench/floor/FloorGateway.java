package kz.cites.bench.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway with one route (application.yml) and nothing of ours: what proxying costs
 * before any guarantee. With the {@code jwt} profile, {@link JwtSecurity} adds what an
 * authenticated route costs at least; with {@code jwt,remember}, {@link RememberedTokens} takes a
 * token verified once again without verifying it.
 */
@SpringBootApplication
public class FloorGateway {

  public static void main(String[] args) {
    SpringApplication.run(FloorGateway.class, args);
  }
}
