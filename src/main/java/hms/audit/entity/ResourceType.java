package hms.audit.entity;

/**
 * What a hospital's trail can name as the resource of an event: the resources of the rules that
 * members are checked against (their successes and refusals) and the hospital itself (refused
 * entries, the platform's changes). {@code ResourceTypeTest} keeps it equal to the rules.
 */
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
