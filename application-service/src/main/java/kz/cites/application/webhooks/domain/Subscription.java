package kz.cites.application.webhooks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.jpa.NewRowEntity;

/**
 * An integrator's webhook: every status change of the applications of its {@link #owner()} is
 * POSTed to {@link #url()}, signed with {@link #secret()}. It belongs to whom the person who
 * registered it acted for (ADR 0009): the company when the token carried its BIN, so it hears of
 * all of the company's applications whoever of its people filed them; else the person alone.
 */
@Entity
@Table(name = "webhook_subscription")
public class Subscription extends NewRowEntity {

  /** The person who registered it. */
  @Column(name = "owner_iin", nullable = false)
  private String ownerIin;

  /** The company it is for; null for a person acting for themself. */
  @Column(name = "owner_bin")
  private String ownerBin;

  @Column(name = "url", nullable = false)
  private String url;

  @Column(name = "description")
  private String description;

  /** {@code whsec_} and the base64 of the key: shown to the owner once, kept to sign. */
  @Column(name = "secret", nullable = false)
  private String secret;

  /** After a rotation the old secret still signs (beside the new one) until {@link #graceUntil}. */
  @Column(name = "previous_secret")
  private String previousSecret;

  @Column(name = "previous_secret_until")
  private Instant graceUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "secret_rotated_at")
  private Instant secretRotatedAt;

  protected Subscription() {}

  public Subscription(
      Party owner, URI url, String description, SigningSecret secret, Instant createdAt) {
    super(UUID.randomUUID());
    this.ownerIin = owner.iin();
    this.ownerBin = owner.bin();
    this.url = url.toString();
    this.description = description;
    this.secret = secret.encoded();
    this.createdAt = createdAt;
  }

  /** Whom it belongs to: the company, or the person alone. */
  public Party owner() {
    return new Party(ownerIin, ownerBin);
  }

  /** The one rule of company access ({@link Party#mayAccess}), as for an application. */
  public boolean isVisibleTo(Party caller) {
    return caller.mayAccess(owner());
  }

  /** Whether it hears of an application filed by {@code filer}: the same rule. */
  public boolean follows(Party filer) {
    return owner().mayAccess(filer);
  }

  /**
   * A new secret signs from now on; the old one signs beside it for {@code grace}, so that a
   * receiver can switch over without losing a delivery.
   */
  public void rotateSecret(SigningSecret next, Instant now, Duration grace) {
    previousSecret = secret;
    graceUntil = now.plus(grace);
    secret = next.encoded();
    secretRotatedAt = now;
  }

  /** The secrets a delivery at {@code now} is signed with: the current one first. */
  public List<SigningSecret> signingSecrets(Instant now) {
    return secretsInForce(secret, previousSecret, graceUntil, now);
  }

  /**
   * The secrets that sign at {@code now}: {@code secret}, and {@code previous} before {@code
   * graceUntil}.
   */
  public static List<SigningSecret> secretsInForce(
      String secret, String previous, Instant graceUntil, Instant now) {
    List<SigningSecret> secrets = new ArrayList<>();
    secrets.add(SigningSecret.decode(secret));
    if (previous != null && graceUntil != null && now.isBefore(graceUntil)) {
      secrets.add(SigningSecret.decode(previous));
    }
    return List.copyOf(secrets);
  }

  public URI url() {
    return URI.create(url);
  }

  public String description() {
    return description;
  }

  public SigningSecret secret() {
    return SigningSecret.decode(secret);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant secretRotatedAt() {
    return secretRotatedAt;
  }

  /** Until when the secret before the last rotation still signs; null when none does. */
  public Instant previousSecretValidUntil() {
    return graceUntil;
  }
}
