package hms.files.control;

import hms.files.entity.FileStatus;
import hms.files.entity.StoredFile;
import hms.paging.control.Where;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The request tenant's file registry, in its own schema. */
@ApplicationScoped
public class FilesRepository {
  private final TenantEntityManagers tenantEm;

  /** For the CDI proxy only. */
  protected FilesRepository() {
    this(null);
  }

  @Inject
  public FilesRepository(TenantEntityManagers tenantEm) {
    this.tenantEm = tenantEm;
  }

  public void add(StoredFile file) {
    tenantEm.current().persist(file);
  }

  /** A file that is not deleted; another tenant's id finds nothing (it is not in this schema). */
  public Optional<StoredFile> find(UUID id) {
    return Optional.ofNullable(tenantEm.current().find(StoredFile.class, id.toString()))
        .filter(f -> f.status() != FileStatus.DELETED);
  }

  /** A record's attachments, oldest first. */
  public List<StoredFile> attachedTo(UUID record) {
    return tenantEm
        .current()
        .createQuery(StoredFile.ATTACHED_TO, StoredFile.class)
        .setParameter("record", record.toString())
        .setParameter("deleted", FileStatus.DELETED)
        .getResultList();
  }

  /**
   * Newest first, optionally of one patient and one category; deleted files left out, and record
   * attachments too unless the caller may see them.
   */
  public List<StoredFile> page(
      Optional<UUID> patient,
      Optional<String> category,
      boolean withAttachments,
      int offset,
      int size) {
    return filters(patient, category, withAttachments)
        .page(tenantEm.current(), StoredFile.class, "f", "f.createdAt DESC, f.id", offset, size);
  }

  public long count(Optional<UUID> patient, Optional<String> category, boolean withAttachments) {
    return filters(patient, category, withAttachments)
        .count(tenantEm.current(), StoredFile.class, "f");
  }

  private static Where filters(
      Optional<UUID> patient, Optional<String> category, boolean withAttachments) {
    Where where = new Where().and("f.status <> :deleted", "deleted", FileStatus.DELETED);
    if (!withAttachments) {
      where.and("f.recordId IS NULL");
    }
    patient.ifPresent(p -> where.and("f.patientId = :patient", "patient", p.toString()));
    category.ifPresent(c -> where.and("f.category = :category", "category", c));
    return where;
  }
}
