package hms.audit.boundary;

import hms.access.entity.Rule;
import hms.audit.entity.ResourceType;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What a feature publishes so that the audit trail can name its resources: the trail depends on no
 * feature that owns patient data (they depend on it, for the guard), so each of them contributes
 * its labels as a CDI bean of this type, and the trail asks the one of each resource type on a page
 * once. Implemented by patients, appointments and records.
 */
public interface ResourceLabels {
  /** The resource type labelled. */
  ResourceType type();

  /**
   * The rule {@link #labels} is guarded by: it admits the roles that may read such a resource, so
   * the trail asks only when the caller's role passes it and shows ids otherwise.
   */
  Rule rule();

  /** The labels of those of the ids that exist, in a fixed number of queries. */
  Map<UUID, ResourceLabel> labels(Collection<UUID> ids);
}
