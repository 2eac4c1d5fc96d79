package hms.idempotency.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Logger;

/**
 * The transaction a request with an idempotency key runs in, from the request filter to the
 * response filter: the resource's use case joins it ({@code @Transactional} REQUIRED), so the work
 * and its kept answer commit together. Ended by the response filter; should anything skip that, it
 * is rolled back when the request ends.
 */
@RequestScoped
public class RequestTransaction {
  private static final Logger LOG = Logger.getLogger(RequestTransaction.class.getName());

  private final UserTransaction transaction;
  private boolean open;

  /** For the CDI proxy only. */
  protected RequestTransaction() {
    this(null);
  }

  @Inject
  public RequestTransaction(UserTransaction transaction) {
    this.transaction = transaction;
  }

  public void begin() {
    try {
      transaction.begin();
      open = true;
    } catch (NotSupportedException | SystemException e) {
      throw new IllegalStateException("Cannot begin the request's transaction", e);
    }
  }

  public boolean open() {
    return open;
  }

  /** Whether the work marked the transaction for rollback (a use case failed inside). */
  public boolean doomed() {
    try {
      return transaction.getStatus() != Status.STATUS_ACTIVE;
    } catch (SystemException e) {
      return true;
    }
  }

  public void commit()
      throws RollbackException,
          HeuristicMixedException,
          HeuristicRollbackException,
          SystemException {
    open = false;
    transaction.commit();
  }

  public void rollback() {
    if (!open) {
      return;
    }
    open = false;
    try {
      transaction.rollback();
    } catch (IllegalStateException | SecurityException | SystemException e) {
      LOG.warning(() -> "Rollback of the request's transaction failed: " + e);
    }
  }

  @PreDestroy
  void end() {
    if (open) {
      LOG.warning("A request ended with its idempotency transaction open: rolled back");
      rollback();
    }
  }
}
