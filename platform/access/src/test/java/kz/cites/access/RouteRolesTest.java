package kz.cites.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The route table is applied top-down by the gateway and the services: no line may be dead. */
class RouteRolesTest {

  @Test
  void everyRouteIsAVersionedApiPath() {
    assertThat(RouteRoles.all())
        .allSatisfy(r -> assertThat(r.paths()).allMatch(p -> p.startsWith("/api/v1/")));
  }

  @Test
  void noLineIsShadowedByAWiderLineAboveIt() {
    List<String> shadowed = new ArrayList<>();
    List<RouteRule> rules = RouteRoles.all();
    for (int later = 0; later < rules.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        RouteRule a = rules.get(earlier);
        RouteRule b = rules.get(later);
        if (!a.method().equals(b.method())) {
          continue;
        }
        for (String path : b.paths()) {
          String example = path.replace("**", "x/y").replace("*", "x");
          if (a.paths().stream().anyMatch(p -> matches(p, example))) {
            shadowed.add(b.method() + " " + path + " (under " + a.paths() + ")");
          }
        }
      }
    }
    assertThat(shadowed).isEmpty();
  }

  @Test
  void eachServiceSeesOnlyItsOwnLines() {
    assertThat(RouteRoles.of(ApiOwner.VERIFICATION))
        .extracting(RouteRule::paths)
        .containsExactly(List.of("/api/v1/verifications/*"));
    int total = 0;
    for (ApiOwner owner : ApiOwner.values()) {
      total += RouteRoles.of(owner).size();
    }
    assertThat(total).isEqualTo(RouteRoles.all().size());
  }

  @Test
  void theShadowCheckWouldCatchAWiderLineFirst() {
    assertThat(matches("/api/v1/fees/*", "/api/v1/fees/quote")).isTrue();
    assertThat(matches("/api/v1/public/**", "/api/v1/public/permits/x")).isTrue();
    assertThat(matches("/api/v1/fees/*", "/api/v1/fees/tariff/mci/x")).isFalse();
  }

  /** Spring's path pattern semantics for the two wildcards the table uses. */
  private static boolean matches(String pattern, String path) {
    String regex =
        Arrays.stream(pattern.split("/", -1))
            .map(
                part ->
                    switch (part) {
                      case "**" -> ".*";
                      case "*" -> "[^/]+";
                      default -> Pattern.quote(part);
                    })
            .collect(Collectors.joining("/"));
    return path.matches(regex);
  }
}
