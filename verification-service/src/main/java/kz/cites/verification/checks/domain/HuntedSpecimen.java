package kz.cites.verification.checks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A specimen taken from the wild in Kazakhstan, with the hunting permit the application names, the
 * day it was taken and how many animals the line's specimens come from (a skin and a skull of one
 * argali are one animal). {@code takenOn} and {@code animalCount} are null for applications
 * submitted before intake asked for them.
 */
@Embeddable
@NullMarked
public record HuntedSpecimen(
    @Column(name = "permit_number") @Nullable String permitNumber,
    @Column(name = "scientific_name") String scientificName,
    @Column(name = "quantity") @Nullable BigDecimal quantity,
    @Column(name = "taken_on") @Nullable LocalDate takenOn,
    @Column(name = "animal_count") @Nullable Integer animalCount) {

  /**
   * The animals this line counts against its permit: its {@code animalCount}; for a line of an
   * application submitted before the number of animals was asked, its quantity, as it was read
   * then.
   */
  public BigDecimal animals() {
    if (animalCount != null) {
      return BigDecimal.valueOf(animalCount);
    }
    return quantity == null ? BigDecimal.ZERO : quantity;
  }
}
