package hms.idempotency.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hms.appointments.boundary.AppointmentsResource;
import hms.files.boundary.FilesResource;
import hms.patients.boundary.PatientsResource;
import hms.tenancy.boundary.TenantsResource;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which POSTs idempotency.required applies to: those whose contract answers 201. */
class AnswerCaptureTest {
  @Test
  void aPostDocumentedToCreateCreates() {
    assertTrue(AnswerCapture.creates(method(PatientsResource.class, "create")));
    assertTrue(AnswerCapture.creates(method(FilesResource.class, "create")));
    assertTrue(AnswerCapture.creates(method(TenantsResource.class, "create")));
    assertTrue(AnswerCapture.creates(method(AppointmentsResource.class, "book")));
  }

  @Test
  void aStepOnAnExistingResourceDoesNot() {
    assertFalse(AnswerCapture.creates(method(FilesResource.class, "complete")));
    assertFalse(AnswerCapture.creates(method(AppointmentsResource.class, "cancel")));
    assertFalse(AnswerCapture.creates(null));
  }

  private static Method method(Class<?> type, String name) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
