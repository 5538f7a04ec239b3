package kz.cites.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} and {@code size} query parameters of every list, checked in one place: {@code
 * page} from 0, {@code size} from 1 to the list's largest page. What a bad one is called is the
 * service's ({@link Refusal}), so that it comes as the service's other bad parameters do, naming
 * the parameter.
 */
public record Paging(int page, int size) {

  public static final String PAGE = "page";
  public static final String SIZE = "size";

  /** The page size when the client names none. */
  public static final int DEFAULT_SIZE = 20;

  /** How a service refuses a parameter outside its bounds. */
  @FunctionalInterface
  public interface Refusal {
    /**
     * @param parameter {@code page} or {@code size}
     * @param min the least allowed value
     * @param max the greatest, {@link Integer#MAX_VALUE} for none
     */
    ProblemException outOfRange(String parameter, int min, int max);
  }

  /**
   * @throws ProblemException from {@code refusal} when {@code page} is negative or so large that
   *     its offset overflows, or {@code size} outside 1..{@code maxSize}
   */
  public static Paging of(int page, int size, int maxSize, Refusal refusal) {
    if (page < 0) {
      throw refusal.outOfRange(PAGE, 0, Integer.MAX_VALUE);
    }
    if (size < 1 || size > maxSize) {
      throw refusal.outOfRange(SIZE, 1, maxSize);
    }
    // the first item's offset must fit a database's int offset: further pages are refused, not 500
    int lastPage = Integer.MAX_VALUE / size - 1;
    if (page > lastPage) {
      throw refusal.outOfRange(PAGE, 0, lastPage);
    }
    return new Paging(page, size);
  }

  /** The page for Spring Data, in {@code sort}'s order. */
  public PageRequest pageable(Sort sort) {
    return PageRequest.of(page, size, sort);
  }
}
