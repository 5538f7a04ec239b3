package kz.cites.permit.review.persistence;

import java.util.List;
import kz.cites.events.LocalizedText;
import kz.cites.permit.review.domain.AppealRoute;
import kz.cites.permit.review.domain.AppealRoutes;
import org.springframework.stereotype.Component;

/**
 * The appeal routes shipped with the release ({@code legal/appeal-routes.json}): texts of the law
 * change by decree, so they live as data beside their source, not in code, each in Kazakh, Russian
 * and English. Read once at start-up; a missing or broken file, or a text missing in one language,
 * stops the service rather than issue refusals without them.
 */
@Component
class BundledAppealRoutes implements AppealRoutes {

  static final String LOCATION = "/legal/appeal-routes.json";

  private record Route(
      LocalizedText to,
      LocalizedText deadline,
      LocalizedText consideredWithin,
      LocalizedText legalBasis) {}

  private record File(LocalizedText source, String readAsOf, String note, List<Route> routes) {}

  private final File file;

  BundledAppealRoutes() {
    this.file = LegalData.read(LOCATION, File.class);
    LegalData.requireNonEmpty(LOCATION, "routes", file.routes());
    LegalData.requireComplete(LOCATION, "source", file.source());
    for (int i = 0; i < file.routes().size(); i++) {
      Route route = file.routes().get(i);
      LegalData.requireComplete(LOCATION, "routes[" + i + "].to", route.to());
      LegalData.requireComplete(LOCATION, "routes[" + i + "].deadline", route.deadline());
      LegalData.requireComplete(LOCATION, "routes[" + i + "].legalBasis", route.legalBasis());
      if (route.consideredWithin() != null) {
        LegalData.requireComplete(
            LOCATION, "routes[" + i + "].consideredWithin", route.consideredWithin());
      }
    }
  }

  @Override
  public List<AppealRoute> routes(String language) {
    return file.routes().stream()
        .map(
            r ->
                new AppealRoute(
                    LegalData.in(r.to(), language),
                    LegalData.in(r.deadline(), language),
                    LegalData.in(r.consideredWithin(), language),
                    LegalData.in(r.legalBasis(), language)))
        .toList();
  }

  @Override
  public String source(String language) {
    return LegalData.in(file.source(), language);
  }
}
