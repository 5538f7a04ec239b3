package kz.cites.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spring MVC's locale of a request is its {@link Language}: what bean validation writes its field
 * messages in, the same language {@link Texts} writes everything else in. The caller chooses by
 * {@code Accept-Language} alone; nothing is remembered between requests.
 */
class LanguageResolver implements LocaleResolver {

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return Texts.languageOf(request).locale();
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException(
        "The language follows the request's Accept-Language; it cannot be changed");
  }
}
