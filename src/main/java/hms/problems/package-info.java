/**
 * The error model: every error answer is an RFC 9457 {@code application/problem+json} body.
 *
 * <p>Decisions. Code fails by throwing: a {@code ProblemException} (or a subclass named after a
 * domain rule) for failures a client can act on, the runtime's {@code WebApplicationException}s for
 * protocol refusals, Bean Validation's {@code ConstraintViolationException} for bad input. One
 * mapper per kind turns them into problems; nothing builds an error {@code Response} inline. {@code
 * ProblemException} and {@code FieldError} are entities (what went wrong, thrown from any layer);
 * the {@code Problem} record and the mappers are the boundary. {@code StaleVersion} is the one 412
 * for a stale If-Match and for two writers racing past the same one. Problem types are stable URNs
 * ({@code urn:hms:problem:<slug>}) rather than URLs, because no documentation site is promised yet.
 * Details are fixed texts written here: the runtime's and third parties' messages name internals
 * (classes, SQL, hosts) and never reach a client. Every problem carries the request's id ({@code
 * requestId}, an extension member: hms.telemetry's, also in the {@code X-Request-ID} header and on
 * the request's log lines), filled in by the one builder each path shares ({@code Problems} for the
 * mappers, {@code ServletProblems} for filters and error pages), which also names the problem's
 * type on the request's trace. An unexpected failure answers 500 with nothing but that id; the log
 * carries it with the stack. Rejected: a separate {@code errorId} for 500s (two ids for one
 * request; the request id already finds the log lines of every answer).
 *
 * <p>Bad input is refused at the shared checks, each naming the field: request bodies are walked
 * along their target type (JSON-B converts rather than refuses a number for text and a fraction or
 * an overflowing number for a whole one), text may hold no control characters but tab and line
 * breaks ({@code ControlCharacters}), and text a person reads must show something ({@code
 * VisibleText}: Unicode spaces and invisible characters alone are no name or reason).
 *
 * <p>The OpenAPI filter declares the problem body on every 4xx/5xx response so that generated
 * clients get a typed error.
 *
 * <p>Every problem answered is counted by its slug and status ({@code hms_problems_total}, {@code
 * ProblemMetrics}): the mappers' as they leave JAX-RS, and those written outside it (the admission
 * gate, the server's error pages) by {@code ServletProblems}, a bean for that reason.
 *
 * <p>Rejected: per-feature error envelopes (clients would need one parser per feature); echoing
 * exception messages (leaks internals).
 *
 * <p>Out of scope: localisation of details.
 */
package hms.problems;
