package hms.web.control;

import hms.web.entity.AddressRange;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which peers may tell the client's address in {@code X-Forwarded-For} ({@code
 * web.trusted-proxies}), and the client's address that follows. Nobody by default: the peer of the
 * connection is the client. Behind a load balancer, list its addresses or blocks; then the client
 * is the right-most address of the header that is not a trusted proxy, since each proxy appends the
 * peer it saw and everything left of the first untrusted hop is the client's own word. A bad entry
 * stops the start-up, naming the key (read as the application starts).
 */
@ApplicationScoped
public class TrustedProxies {
  private final List<AddressRange> proxies;

  /** For the CDI proxy only. */
  protected TrustedProxies() {
    this.proxies = List.of();
  }

  @Inject
  public TrustedProxies(
      // Load balancers and proxies whose X-Forwarded-For is believed: addresses or CIDR blocks,
      // comma-separated; unset: none.
      @ConfigProperty(name = "web.trusted-proxies") Optional<String> proxies) {
    List<AddressRange> ranges = new ArrayList<>();
    for (String entry : proxies.map(p -> p.split(",")).orElse(new String[0])) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        ranges.add(AddressRange.parse(entry));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("web.trusted-proxies: " + e.getMessage(), e);
      }
    }
    this.proxies = List.copyOf(ranges);
  }

  /**
   * The client's address, in Java's canonical text: the peer, unless the peer is a trusted proxy,
   * then the right-most hop of {@code forwardedFor} (the header's values in order) that is not one.
   * A hop that is no IP address ends the walk at the proxy that passed it on.
   */
  public String clientOf(String peer, List<String> forwardedFor) {
    Optional<InetAddress> start = AddressRange.literal(peer);
    if (start.isEmpty()) {
      return peer;
    }
    List<String> hops =
        forwardedFor.stream().flatMap(value -> Arrays.stream(value.split(","))).toList();
    InetAddress client = start.get();
    for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
      Optional<InetAddress> hop = AddressRange.hop(hops.get(i));
      if (hop.isEmpty()) {
        break;
      }
      client = hop.get();
    }
    return client.getHostAddress();
  }

  private boolean trusted(InetAddress address) {
    return proxies.stream().anyMatch(range -> range.contains(address));
  }

  /** Reads the setting as the application starts: a bad entry stops the start-up. */
  static void atStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event,
      TrustedProxies proxies) {}
}
