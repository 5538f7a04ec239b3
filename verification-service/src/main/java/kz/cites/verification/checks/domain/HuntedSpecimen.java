package kz.cites.verification.checks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A specimen taken from the wild in Kazakhstan, with the hunting permit the application names. */
@Embeddable
public record HuntedSpecimen(
    @Column(name = "permit_number") String permitNumber,
    @Column(name = "scientific_name") String scientificName,
    @Column(name = "quantity") BigDecimal quantity) {}
