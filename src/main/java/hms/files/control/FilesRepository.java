package hms.files.control;

import hms.files.entity.FileStatus;
import hms.files.entity.StoredFile;
import hms.paging.control.CriteriaPages;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
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
    return CriteriaPages.page(
        tenantEm.current(),
        StoredFile.class,
        (cb, file) -> filters(cb, file, patient, category, withAttachments),
        (cb, file) -> List.of(cb.desc(file.get("createdAt")), cb.asc(file.get("id"))),
        offset,
        size);
  }

  public long count(Optional<UUID> patient, Optional<String> category, boolean withAttachments) {
    return CriteriaPages.count(
        tenantEm.current(),
        StoredFile.class,
        (cb, file) -> filters(cb, file, patient, category, withAttachments));
  }

  private static Predicate[] filters(
      CriteriaBuilder cb,
      Root<StoredFile> file,
      Optional<UUID> patient,
      Optional<String> category,
      boolean withAttachments) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.notEqual(file.get("status"), FileStatus.DELETED));
    if (!withAttachments) {
      where.add(cb.isNull(file.get("recordId")));
    }
    patient.ifPresent(p -> where.add(cb.equal(file.get("patientId"), p.toString())));
    category.ifPresent(c -> where.add(cb.equal(file.get("category"), c)));
    return where.toArray(Predicate[]::new);
  }
}
