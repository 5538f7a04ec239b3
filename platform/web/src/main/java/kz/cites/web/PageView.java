package kz.cites.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The one shape of every list the API answers (docs/adr/0015): a page of items with the numbers a
 * client needs to page on. Pages count from 0; a page past the last is empty, with the totals.
 */
@Schema(description = "A page of results")
public record PageView<T>(
    @ArraySchema(
            arraySchema =
                @Schema(
                    description = "The items of this page",
                    requiredMode = RequiredMode.REQUIRED))
        List<T> items,
    @Schema(
            description = "The page number, from 0",
            example = "0",
            requiredMode = RequiredMode.REQUIRED)
        int page,
    @Schema(description = "The page size", example = "20", requiredMode = RequiredMode.REQUIRED)
        int size,
    @Schema(
            description = "How many items there are in all",
            example = "57",
            requiredMode = RequiredMode.REQUIRED)
        long totalElements,
    @Schema(
            description = "How many pages there are",
            example = "3",
            requiredMode = RequiredMode.REQUIRED)
        int totalPages) {

  /** A page the database cut. */
  public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
    return new PageView<>(
        page.getContent().stream().map(mapper).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }

  /**
   * A page of a list that is whole and small by its nature (a permit's endorsements, one owner's
   * webhooks, the best matches of a search): cut here rather than in the database.
   */
  public static <T> PageView<T> of(List<T> all, Paging paging) {
    int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
    int to = Math.min(from + paging.size(), all.size());
    return new PageView<>(
        List.copyOf(all.subList(from, to)),
        paging.page(),
        paging.size(),
        all.size(),
        (all.size() + paging.size() - 1) / paging.size());
  }

  /** The same page with each item mapped (after cutting, so only this page's items are). */
  public <R> PageView<R> map(Function<T, R> mapper) {
    return new PageView<>(
        items.stream().map(mapper).toList(), page, size, totalElements, totalPages);
  }
}
