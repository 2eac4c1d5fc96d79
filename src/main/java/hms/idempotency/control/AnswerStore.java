package hms.idempotency.control;

import hms.idempotency.entity.IdempotencyKey;
import hms.idempotency.entity.StoredAnswer;
import hms.tenancy.control.TenantContext;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The kept answers, in table {@code idempotency_keys} of the request's hospital (for {@code /api})
 * or of the platform schema (for {@code /platform}), through the EntityManager the request's work
 * uses, so everything here is part of the request's transaction.
 */
@ApplicationScoped
public class AnswerStore {
  private static final String TABLE = "idempotency_keys";
  private static final String PLATFORM_TABLE = "platform." + TABLE;

  /** Where a request's keys live: its hospital's schema, or the platform's. */
  public enum Place {
    TENANT,
    PLATFORM
  }

  @PersistenceContext(unitName = "hms")
  EntityManager platform;

  private final TenantEntityManagers tenantEm;
  private final TenantContext tenant;

  /** For the CDI proxy only. */
  protected AnswerStore() {
    this(null, null);
  }

  @Inject
  public AnswerStore(TenantEntityManagers tenantEm, TenantContext tenant) {
    this.tenantEm = tenantEm;
    this.tenant = tenant;
  }

  /**
   * Takes the transaction's lock on the caller's key, or answers false at once when another
   * transaction holds it (PostgreSQL's advisory lock on a 64-bit hash of place, caller and key; a
   * collision of two keys would only make one wait its turn).
   */
  public boolean tryLock(Place place, String caller, IdempotencyKey key) {
    String scope = place == Place.PLATFORM ? "platform" : tenant.tenant().value();
    Object locked =
        em(place)
            .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
            .setParameter(1, scope + '\n' + caller + '\n' + key.value())
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  public Optional<StoredAnswer> find(Place place, String caller, IdempotencyKey key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em(place)
            .createNativeQuery(
                "SELECT fingerprint, status, location, etag, content_type, body, expires_at FROM "
                    + table(place)
                    + " WHERE caller_sub = ?1 AND idempotency_key = ?2")
            .setParameter(1, caller)
            .setParameter(2, key.value())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new StoredAnswer(
                    (String) row[0],
                    ((Number) row[1]).intValue(),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (byte[]) row[5],
                    ((Timestamp) row[6]).toInstant()));
  }

  /** Forgets an expired answer, so its key can answer a new request. */
  public void forget(Place place, String caller, IdempotencyKey key) {
    em(place)
        .createNativeQuery(
            "DELETE FROM " + table(place) + " WHERE caller_sub = ?1 AND idempotency_key = ?2")
        .setParameter(1, caller)
        .setParameter(2, key.value())
        .executeUpdate();
  }

  /**
   * Keeps the answer, after flushing the request's work: a constraint the work breaks fails here,
   * before the answer is kept, as it would have at the commit.
   */
  public void keep(
      Place place, String caller, IdempotencyKey key, StoredAnswer answer, Instant at) {
    platform.flush();
    if (place == Place.TENANT) {
      tenantEm.current().flush();
    }
    em(place)
        .createNativeQuery(
            "INSERT INTO "
                + table(place)
                + " (caller_sub, idempotency_key, fingerprint, status, location, etag,"
                + " content_type, body, created_at, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, caller)
        .setParameter(2, key.value())
        .setParameter(3, answer.fingerprint())
        .setParameter(4, answer.status())
        .setParameter(5, answer.location())
        .setParameter(6, answer.etag())
        .setParameter(7, answer.contentType())
        .setParameter(8, answer.body())
        .setParameter(9, Timestamp.from(at))
        .setParameter(10, Timestamp.from(answer.expiresAt()))
        .executeUpdate();
  }

  /**
   * Deletes at most {@code batch} answers that expired before {@code now}, skipping rows another
   * transaction holds: each writing request of a hospital does a little of its hospital's cleaning,
   * and no request sweeps all schemas.
   */
  public int purgeExpired(Place place, Instant now, int batch) {
    return em(place)
        .createNativeQuery(
            "DELETE FROM "
                + table(place)
                + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM "
                + table(place)
                + " WHERE expires_at <= ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED))")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, batch)
        .executeUpdate();
  }

  private EntityManager em(Place place) {
    return place == Place.PLATFORM ? platform : tenantEm.current();
  }

  private String table(Place place) {
    return place == Place.PLATFORM ? PLATFORM_TABLE : tenantEm.qualified(TABLE);
  }
}
