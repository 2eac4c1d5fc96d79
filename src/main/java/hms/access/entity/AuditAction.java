package hms.access.entity;

/** What an audited request did; DENIED records a refused attempt (see the attempted action). */
public enum AuditAction {
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT,
  DOWNLOAD_URL,
  FINALIZE,
  AMEND,
  DENIED
}
