package hms.telemetry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void keepsAClientsIdOfLettersDigitsAndSeparators() {
    assertTrue(RequestIds.wellFormed("4f6c1d9e-0b7a-4c55-9d43-2f1e8a6b7c10"));
    assertTrue(RequestIds.wellFormed("lb:2026.12.01_0001"));
    assertTrue(RequestIds.wellFormed("x".repeat(64)));
  }

  @Test
  void replacesAnIdThatCouldForgeOrFloodALogLine() {
    assertFalse(RequestIds.wellFormed(null));
    assertFalse(RequestIds.wellFormed(""));
    assertFalse(RequestIds.wellFormed("x".repeat(65)));
    assertFalse(RequestIds.wellFormed("a b"));
    assertFalse(RequestIds.wellFormed("a\nlevel=SEVERE"));
    assertFalse(RequestIds.wellFormed("{\"x\":1}"));
    assertFalse(RequestIds.wellFormed("jane.doe@example.org"));
  }

  @Test
  void theTraceResponseNamesTraceServerSpanAndFlags() {
    SpanContext trace =
        SpanContext.create(
            "4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7",
            TraceFlags.getSampled(),
            TraceState.getDefault());
    assertEquals(
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        TraceFilter.traceResponse(trace));
  }
}
