package hms.access.entity;

/** What a use case created, named in its audit event. */
public interface Identified {
  /** The id the audit trail records for it. */
  String auditId();
}
