package kz.cites.web;

import java.util.Arrays;
import java.util.List;

/**
 * What a service tells the shared OpenAPI setup ({@link ApiDocumentation}) about its errors: its
 * problem catalogue (the {@code ApiProblem} enum) and, optionally, a record whose components are
 * the extension members some of its types add (documented as properties of the one {@code Problem}
 * schema, beside the RFC 9457 members). Each service declares one as a bean.
 *
 * @param problems every type the service can answer
 * @param extensions a record class of the extension members, or {@code null} for none beyond {@code
 *     field} and {@code errors}
 */
public record ProblemCatalogue(List<ProblemType> problems, Class<?> extensions) {

  public ProblemCatalogue {
    problems = List.copyOf(problems);
  }

  public static <E extends Enum<E> & ProblemType> ProblemCatalogue of(
      Class<E> catalogue, Class<?> extensions) {
    return new ProblemCatalogue(Arrays.asList(catalogue.getEnumConstants()), extensions);
  }
}
