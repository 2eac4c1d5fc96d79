package hms.problems.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PersistenceExceptionMapperTest {
  @Test
  void aBrokenConnectionUnderAnyWrapperIsAnOutage() {
    SQLException broken = new SQLException("An I/O error occurred", "08006");
    assertTrue(PersistenceExceptionMapper.isUnavailable(new PersistenceException(broken)));
    assertTrue(
        PersistenceExceptionMapper.isUnavailable(
            new TransactionalException("commit", new RuntimeException(broken))));
  }

  @Test
  void aCommitWithAHeuristicOutcomeIsAnOutage() {
    // WildFly: the connection broke during a one-phase commit; no SQL cause is attached.
    assertTrue(PersistenceExceptionMapper.isUnavailable(new HeuristicMixedException()));
  }

  @Test
  void otherDatabaseErrorsAreBugs() {
    SQLException syntax = new SQLException("syntax error", "42601");
    assertFalse(PersistenceExceptionMapper.isUnavailable(new PersistenceException(syntax)));
    assertFalse(PersistenceExceptionMapper.isUnavailable(new IllegalStateException()));
  }
}
