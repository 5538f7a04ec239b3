package kz.cites.application.intake.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A page of results with the numbers a client needs to page on (page numbers start at 0). */
record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

  static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
    return new PageView<>(
        page.getContent().stream().map(mapper).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
