package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The bounds of page and size, and a page cut from a whole list. */
class PagingTest {

  /** Refuses as a service would, with the parameter's name and bounds in the detail. */
  private static final Paging.Refusal REFUSAL =
      (name, min, max) ->
          new ProblemException(
              new ProblemType() {
                @Override
                public ProblemSpec spec() {
                  return new ProblemSpec(
                      Problems.VALIDATION, HttpStatus.BAD_REQUEST, "Invalid request", "-");
                }
              },
              Text.of(name + " " + min + ".." + max));

  @Test
  void pageAndSizeOutsideTheirBoundsAreRefusedNamingThem() {
    assertThatThrownBy(() -> Paging.of(-1, 20, 100, REFUSAL))
        .hasMessageContaining("page 0.." + Integer.MAX_VALUE);
    assertThatThrownBy(() -> Paging.of(0, 0, 100, REFUSAL)).hasMessageContaining("size 1..100");
    assertThatThrownBy(() -> Paging.of(0, 101, 100, REFUSAL)).hasMessageContaining("size 1..100");
    // an offset past what a database takes is refused rather than overflowing
    assertThatThrownBy(() -> Paging.of(Integer.MAX_VALUE, 100, 100, REFUSAL))
        .hasMessageContaining("page 0.." + (Integer.MAX_VALUE / 100 - 1));
    assertThat(
            Paging.of(Integer.MAX_VALUE / 100 - 1, 100, 100, REFUSAL)
                .pageable(org.springframework.data.domain.Sort.unsorted())
                .getOffset())
        .isLessThanOrEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aWholeListIsCutIntoPagesWithItsTotals() {
    List<String> species = List.of("Ителгі", "Бүркіт", "Ақ тырна", "Қарақұс", "Сұңқар");
    PageView<String> second = PageView.of(species, Paging.of(1, 2, 100, REFUSAL));
    assertThat(second.items()).containsExactly("Ақ тырна", "Қарақұс");
    assertThat(second.totalElements()).isEqualTo(5);
    assertThat(second.totalPages()).isEqualTo(3);
    PageView<Integer> last = second.map(String::length);
    assertThat(last.items()).containsExactly(8, 7);
    PageView<String> beyond = PageView.of(species, Paging.of(9, 2, 100, REFUSAL));
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.totalElements()).isEqualTo(5);
    assertThat(PageView.of(List.of(), Paging.of(0, 20, 100, REFUSAL)).totalPages()).isZero();
  }
}
