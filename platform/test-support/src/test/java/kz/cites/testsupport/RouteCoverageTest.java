package kz.cites.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import kz.cites.access.ApiOwner;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The coverage check finds an operation without a line and a line without an operation. */
class RouteCoverageTest {

  /** Two operations fee-service has, one it has not, and none of the others. */
  @RestController
  static class SomeFeeEndpoints {
    @GetMapping("/api/v1/fees/{applicationId}")
    String fee(@PathVariable String applicationId) {
      return applicationId;
    }

    @GetMapping("/api/v1/fees/quote")
    String quote() {
      return "quote";
    }

    @PostMapping("/api/v1/fees/refunds")
    String refund() {
      return "no line in the table";
    }
  }

  private final RequestMappingHandlerMapping handlers = handlersOf(SomeFeeEndpoints.class);

  @Test
  void anOperationWithoutALineIsNamed() {
    assertThat(RouteCoverage.operationsWithoutARule(handlers, ApiOwner.FEE))
        .containsExactly("POST /api/v1/fees/refunds");
  }

  @Test
  void aLineWithoutAnOperationIsNamed() {
    assertThat(RouteCoverage.rulesWithoutAnOperation(handlers, ApiOwner.FEE))
        .contains("GET /api/v1/fees/tariff", "PUT /api/v1/fees/tariff/mci/*")
        .doesNotContain("GET /api/v1/fees/*", "GET /api/v1/fees/quote");
  }

  private static RequestMappingHandlerMapping handlersOf(Class<?> controller) {
    var context = new StaticApplicationContext();
    context.registerSingleton("endpoints", controller);
    context.refresh();
    var mapping = new RequestMappingHandlerMapping();
    mapping.setApplicationContext(context);
    mapping.afterPropertiesSet();
    return mapping;
  }
}
