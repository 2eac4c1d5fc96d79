package hms.audit.boundary;

import hms.access.entity.AuditAction;
import hms.audit.control.AuditRepository;
import hms.audit.entity.ResourceType;
import hms.problems.entity.ProblemException;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code ?resourceType=&resourceId=&actor=&action=&from=&to=} of the list and the export. */
@Schema(hidden = true)
public class AuditQuery {
  @QueryParam("resourceType")
  ResourceType resourceType;

  @QueryParam("resourceId")
  @Pattern(regexp = "^[0-9a-fA-F-]{36}$")
  String resourceId;

  @QueryParam("actor")
  @Pattern(regexp = "^[0-9A-Za-z-]{1,64}$")
  String actor;

  @QueryParam("action")
  AuditAction action;

  @QueryParam("from")
  @Pattern(regexp = Instants.PATTERN, message = Instants.MESSAGE)
  String from;

  @QueryParam("to")
  @Pattern(regexp = Instants.PATTERN, message = Instants.MESSAGE)
  String to;

  AuditRepository.Filter toFilter() {
    Instant start = Instants.parse("from", from);
    Instant end = Instants.parse("to", to);
    if (start != null && end != null && !end.isAfter(start)) {
      throw ProblemException.invalid("to", "must be after from");
    }
    return new AuditRepository.Filter(resourceType, resourceId, actor, action, start, end);
  }
}
