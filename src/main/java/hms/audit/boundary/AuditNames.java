package hms.audit.boundary;

import hms.access.entity.Rule;
import hms.audit.entity.AuditEvent;
import hms.audit.entity.ResourceType;
import hms.tenancy.boundary.Staff;
import hms.tenancy.entity.StaffName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names a page of events: the actors and the members named as resources in one query of the
 * memberships (removed members too: they are kept with status REMOVED), and the other resources
 * through the labels of the feature that owns each type (one call per type on the page). A label
 * that names a patient is asked for only when the caller's role passes the labelling rule, which
 * admits the roles that may read that resource; the others see the type and the id.
 */
@ApplicationScoped
public class AuditNames {
  private final Staff staff;
  private final Permissions permissions;
  private final Map<ResourceType, ResourceLabels> labellers = new EnumMap<>(ResourceType.class);

  /** For the CDI proxy only. */
  protected AuditNames() {
    this.staff = null;
    this.permissions = null;
  }

  @Inject
  public AuditNames(Staff staff, Permissions permissions, @Any Instance<ResourceLabels> all) {
    this.staff = staff;
    this.permissions = permissions;
    all.forEach(labeller -> labellers.put(labeller.type(), labeller));
  }

  public List<AuditEntry> of(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    boolean seesMembers = permissions.allows(Rule.MEMBER_LIST);
    Set<String> subs = events.stream().map(AuditEvent::actorSub).collect(Collectors.toSet());
    if (seesMembers) {
      subs.addAll(idsOf(events, ResourceType.MEMBER));
    }
    Map<String, StaffName> names = staff.names(subs);
    Map<ResourceType, Map<UUID, ResourceLabel>> labels = new EnumMap<>(ResourceType.class);
    labellers.forEach(
        (type, labeller) -> {
          Set<UUID> ids = uuids(idsOf(events, type));
          if (!ids.isEmpty() && permissions.allows(labeller.rule())) {
            labels.put(type, labeller.labels(ids));
          }
        });
    return events.stream()
        .map(
            e ->
                new AuditEntry(
                    e, names.get(e.actorSub()), label(e, names, labels, seesMembers).orElse(null)))
        .toList();
  }

  private static Optional<ResourceLabel> label(
      AuditEvent e,
      Map<String, StaffName> names,
      Map<ResourceType, Map<UUID, ResourceLabel>> labels,
      boolean seesMembers) {
    ResourceType type = type(e);
    if (type == null || e.resourceId() == null) {
      return Optional.empty();
    }
    if (type == ResourceType.MEMBER) {
      return Optional.ofNullable(seesMembers ? names.get(e.resourceId()) : null)
          .map(
              n ->
                  new ResourceLabel(
                      n.displayName() != null ? n.displayName() : n.email(), null, null, null));
    }
    return uuid(e.resourceId())
        .flatMap(id -> Optional.ofNullable(labels.getOrDefault(type, Map.of()).get(id)));
  }

  private static Set<String> idsOf(List<AuditEvent> events, ResourceType type) {
    Set<String> ids = new HashSet<>();
    for (AuditEvent e : events) {
      if (type == type(e) && e.resourceId() != null) {
        ids.add(e.resourceId());
      }
    }
    return ids;
  }

  private static ResourceType type(AuditEvent e) {
    try {
      return ResourceType.valueOf(e.resourceType());
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static Set<UUID> uuids(Set<String> ids) {
    return ids.stream().flatMap(id -> uuid(id).stream()).collect(Collectors.toSet());
  }

  private static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notOne) {
      return Optional.empty();
    }
  }
}
