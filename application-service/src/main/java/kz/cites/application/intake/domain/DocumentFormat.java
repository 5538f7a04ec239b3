package kz.cites.application.intake.domain;

import java.util.Arrays;
import java.util.Optional;

/** The accepted file formats, recognised by their leading bytes (never by name or header). */
public enum DocumentFormat {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  DocumentFormat(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  public static Optional<DocumentFormat> of(byte[] content) {
    return Arrays.stream(values())
        .filter(
            f ->
                content.length >= f.magic.length
                    && Arrays.equals(content, 0, f.magic.length, f.magic, 0, f.magic.length))
        .findFirst();
  }

  public static Optional<DocumentFormat> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
