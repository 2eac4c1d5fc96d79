package hms.access.entity;

/**
 * What an audited request did; DENIED records a refused attempt (see the attempted action). ACCESS
 * is entering a hospital (its X-Tenant-ID): only its refusals are recorded.
 */
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
  ACCESS,
  DENIED;

  /**
   * Whether the action only reads: its transaction writes nothing but its audit row, which may
   * commit asynchronously (hms.audit).
   */
  public boolean onlyReads() {
    return this == READ || this == SEARCH || this == EXPORT || this == DOWNLOAD_URL;
  }
}
