package kz.cites.permit.permits.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.permits.domain.PermitStatus;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A permit with its form boxes. {@code securityCode} is shown only to the holder and to officers:
 * it is what entitles a public verifier, so read-only operators and customs do not get it here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@NullMarked
record PermitView(
    String number,
    PermitType type,
    PermitStatus status,
    Instant issuedAt,
    LocalDate validUntil,
    PermitForm.@Nullable Party importer,
    PermitForm.@Nullable Party exporter,
    @Nullable String specialConditions,
    @Nullable String purposeCode,
    List<ApplicationSnapshot.Specimen> specimens,
    @Nullable String waybillNumber,
    UUID applicationId,
    @Nullable String registrationNumber,
    String issuedBy,
    @Nullable String securityCode,
    @Nullable Cancellation cancellation,
    @Nullable ImportConfirmationView importConfirmation) {

  record Cancellation(Instant at, String by, String reason) {}

  static PermitView of(Permit permit, Instant now, boolean withSecurityCode) {
    PermitForm form = permit.form();
    return new PermitView(
        permit.number(),
        permit.type(),
        permit.statusAt(now),
        permit.issuedAt(),
        permit.validUntil(),
        form.importer(),
        form.exporter(),
        permit.specialConditions(),
        form.purposeCode(),
        form.specimens(),
        form.waybillNumber(),
        permit.applicationId(),
        permit.registrationNumber(),
        permit.issuedBy(),
        withSecurityCode ? permit.securityCode() : null,
        permit.cancelledAt() == null
            ? null
            : new Cancellation(
                permit.cancelledAt(), permit.cancelledBy(), permit.cancellationReason()),
        permit.importConfirmation() == null
            ? null
            : ImportConfirmationView.of(permit.number(), permit.importConfirmation()));
  }
}
