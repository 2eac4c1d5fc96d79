package hms.problems.boundary;

import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts every problem answered, by its type's slug and its status: those of the mappers as their
 * answers leave JAX-RS, those written outside it ({@link ServletProblems}) as they are written.
 */
@Provider
@ApplicationScoped
public class ProblemMetrics implements ContainerResponseFilter {
  private static final String PREFIX = Problem.type("").toString();

  private final Counter problems;

  /** For the CDI proxy; public because RESTEasy picks a public constructor first. */
  public ProblemMetrics() {
    this(Metrics.none());
  }

  @Inject
  public ProblemMetrics(Metrics metrics) {
    this.problems =
        metrics.counter("hms.problems", "Problems answered, by type and status", "type", "status");
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof Problem problem) {
      count(problem);
    }
  }

  void count(Problem problem) {
    String type = problem.type().toString();
    problems.increment(
        type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : "other",
        Integer.toString(problem.status()));
  }
}
