package kz.cites.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import kz.cites.access.ApiOwner;
import kz.cites.application.ApiTest;
import kz.cites.testsupport.RouteCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** application-service's operations and its lines of the one route table cannot drift apart. */
class RouteTableTest extends ApiTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  @Test
  void everyOperationHasItsLineInTheRouteTable() {
    assertThat(RouteCoverage.operationsWithoutARule(handlers, ApiOwner.APPLICATION)).isEmpty();
  }

  @Test
  void everyLineOfTheRouteTableServesAnOperation() {
    assertThat(RouteCoverage.rulesWithoutAnOperation(handlers, ApiOwner.APPLICATION)).isEmpty();
  }
}
