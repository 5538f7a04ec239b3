package kz.cites.application.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** A page of results with the numbers a client needs to page on (page numbers start at 0). */
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

  public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
    return new PageView<>(
        page.getContent().stream().map(mapper).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
