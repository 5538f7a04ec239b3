package kz.cites.application.intake.domain;

import java.time.Instant;
import java.util.UUID;

/** A document attached to an application (metadata; the bytes are read only for downloads). */
public record ApplicationDocument(
    UUID id,
    UUID applicationId,
    DocumentType type,
    String mediaType,
    long size,
    String sha256,
    String fileName,
    Instant uploadedAt) {}
