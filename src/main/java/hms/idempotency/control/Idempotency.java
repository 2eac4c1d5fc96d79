package hms.idempotency.control;

import hms.idempotency.control.AnswerStore.Place;
import hms.idempotency.entity.IdempotencyKey;
import hms.idempotency.entity.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of a request with a key, between the filter that sees HTTP and the kept answers: the
 * first request opens the transaction its work joins, a repeat gets the kept answer, a different
 * request or a concurrent repeat is refused.
 */
@ApplicationScoped
public class Idempotency {
  /** A request that is doing its work under a key, its answer to be kept. */
  public record Claim(Place place, String caller, IdempotencyKey key, String fingerprint) {}

  private final AnswerStore answers;
  private final RequestTransaction transaction;
  private final IdempotencySettings settings;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected Idempotency() {
    this(null, null, null, null);
  }

  @Inject
  public Idempotency(
      AnswerStore answers,
      RequestTransaction transaction,
      IdempotencySettings settings,
      Clock clock) {
    this.answers = answers;
    this.transaction = transaction;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Begins the request's transaction and takes the key's lock. Answers the kept answer of a repeat
   * (the transaction ended), or empty: the work may run, in the transaction left open.
   *
   * @throws IdempotencyProblems.InUse when the key's first request is still running
   * @throws IdempotencyProblems.Mismatch when the key answered another request
   */
  public Optional<StoredAnswer> claim(Claim claim) {
    transaction.begin();
    try {
      if (!answers.tryLock(claim.place(), claim.caller(), claim.key())) {
        throw new IdempotencyProblems.InUse();
      }
      Optional<StoredAnswer> kept = answers.find(claim.place(), claim.caller(), claim.key());
      if (kept.isPresent() && kept.get().expiredAt(clock.instant())) {
        answers.forget(claim.place(), claim.caller(), claim.key());
        return Optional.empty();
      }
      if (kept.isPresent()) {
        if (!kept.get().answers(claim.fingerprint())) {
          throw new IdempotencyProblems.Mismatch();
        }
        transaction.rollback();
      }
      return kept;
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }
  }

  /** Whether the work failed inside (its transaction is marked for rollback). */
  public boolean workFailed() {
    return transaction.doomed();
  }

  /**
   * Keeps the answer with the work, cleans a few expired keys, and commits both.
   *
   * @throws Exception when the work's or the answer's writes fail, or the commit does
   */
  public void keep(Claim claim, Answer answer) throws Exception {
    try {
      Instant now = clock.instant();
      answers.keep(
          claim.place(),
          claim.caller(),
          claim.key(),
          new StoredAnswer(
              claim.fingerprint(),
              answer.status(),
              answer.location(),
              answer.etag(),
              answer.contentType(),
              answer.body(),
              now.plus(settings.ttl())),
          now);
      answers.purgeExpired(claim.place(), now, settings.purgeBatch());
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }
    transaction.commit();
  }

  /** Ends the request's transaction without keeping anything: the work failed. */
  public void abandon() {
    transaction.rollback();
  }

  /** What the response filter saw of the first answer. */
  public record Answer(int status, String location, String etag, String contentType, byte[] body) {}
}
