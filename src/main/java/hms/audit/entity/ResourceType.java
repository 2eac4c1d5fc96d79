package hms.audit.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a hospital's trail can name as the resource of an event: the resources of the rules that
 * members are checked against (their successes and refusals) and the hospital itself (refused
 * entries, the platform's changes). {@code ResourceTypeTest} keeps it equal to the rules.
 */
@Schema(name = "AuditResourceType")
public enum ResourceType {
  PATIENT,
  APPOINTMENT,
  RECORD,
  FILE,
  MEMBER,
  SETTINGS,
  AUDIT,
  TENANT
}
