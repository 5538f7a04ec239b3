package kz.cites.permit.review.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import kz.cites.permit.review.domain.AppealRoute;
import kz.cites.permit.review.domain.AppealRoutes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The appeal routes shipped with the release ({@code legal/appeal-routes.json}): texts of the law
 * change by decree, so they live as data beside their source, not in code. Read once at start-up; a
 * missing or broken file stops the service rather than issue refusals without them.
 */
@Component
class BundledAppealRoutes implements AppealRoutes {

  static final String LOCATION = "/legal/appeal-routes.json";

  private record File(String source, String readAsOf, String note, List<AppealRoute> routes) {}

  private final File file;

  BundledAppealRoutes() {
    try (InputStream in = BundledAppealRoutes.class.getResourceAsStream(LOCATION)) {
      if (in == null) {
        throw new IllegalStateException(LOCATION + " is missing");
      }
      this.file = JsonMapper.builder().build().readValue(in, File.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (file.routes() == null || file.routes().isEmpty() || file.source() == null) {
      throw new IllegalStateException(LOCATION + " has no routes or no source");
    }
  }

  @Override
  public List<AppealRoute> routes() {
    return List.copyOf(file.routes());
  }

  @Override
  public String source() {
    return file.source();
  }
}
