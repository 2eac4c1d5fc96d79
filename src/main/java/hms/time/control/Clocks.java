package hms.time.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The application's only {@link Clock}: the system's, in UTC. */
@ApplicationScoped
public class Clocks {

  /** Dependent: a Clock is immutable, so there is nothing to share or proxy. */
  @Produces
  @Dependent
  Clock system() {
    return Clock.systemUTC();
  }
}
