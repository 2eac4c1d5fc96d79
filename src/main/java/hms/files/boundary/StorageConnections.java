package hms.files.boundary;

import hms.files.control.S3ObjectStore;
import hms.web.boundary.ContentSecurityPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Browsers upload files to the object store and read them back through presigned URLs, so the front
 * end's pages must be allowed to connect to it: its origin joins their Content-Security-Policy's
 * {@code connect-src} (and no other directive: a download is a navigation, which the policy does
 * not govern).
 */
@Dependent
public class StorageConnections {
  static void atStart(
      @Observes @Initialized(ApplicationScoped.class) Object event,
      S3ObjectStore store,
      ContentSecurityPolicy policy) {
    policy.allowConnectionsTo(store.browserOrigin());
  }
}
