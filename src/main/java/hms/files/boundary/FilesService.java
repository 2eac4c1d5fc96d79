package hms.files.boundary;

import hms.audit.control.AuditTrail;
import hms.audit.control.AuditedAccess;
import hms.audit.entity.AuditAction;
import hms.files.control.FilesProblems;
import hms.files.control.FilesRepository;
import hms.files.control.FilesSettings;
import hms.files.control.PresignedRequest;
import hms.files.control.S3ObjectStore;
import hms.files.entity.FileName;
import hms.files.entity.FileStatus;
import hms.files.entity.StoredFile;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.problems.boundary.ProblemException;
import hms.tenancy.boundary.Staff;
import hms.tenancy.boundary.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The files use cases for the request's tenant. Clients never send bytes through the server: they
 * get presigned URLs for the bucket, under the tenant's own prefix.
 */
@ApplicationScoped
public class FilesService {
  /** What a presigned upload needs the client to do, with the registered file's id. */
  public record Upload(StoredFile file, PresignedRequest request) {}

  private final TenantContext tenant;
  private final FilesRepository files;
  private final S3ObjectStore store;
  private final FilesSettings settings;
  private final AuditTrail audit;
  private final AuditedAccess access;

  /** For the CDI proxy only. */
  protected FilesService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public FilesService(
      TenantContext tenant,
      FilesRepository files,
      S3ObjectStore store,
      FilesSettings settings,
      AuditTrail audit,
      AuditedAccess access) {
    this.access = access;
    this.tenant = tenant;
    this.files = files;
    this.store = store;
    this.settings = settings;
    this.audit = audit;
  }

  /** Registers a PENDING file and signs an upload of exactly its type and size. */
  @Transactional
  public Upload startUpload(
      String filename, String contentType, long size, UUID patientId, String category) {
    String type = contentType.trim().toLowerCase(Locale.ROOT);
    if (!settings.allowedContentTypes().contains(type)) {
      throw new FilesProblems.TypeNotAllowed();
    }
    if (size > settings.maxSize()) {
      throw new FilesProblems.TooLarge(settings.maxSize());
    }
    if (FileName.forDisplay(filename).isEmpty()) {
      throw ProblemException.invalid("filename", "must contain a printable character");
    }
    StoredFile file =
        new StoredFile(
            tenant.tenant().value(), filename, type, size, category, patientId, tenant.userSub());
    files.add(file);
    return new Upload(file, store.presignUpload(file.objectKey(), type, size));
  }

  /** Checks the bucket: AVAILABLE when the object is there with the declared size. */
  @Transactional
  public StoredFile complete(UUID id) {
    StoredFile file = files.find(id).orElseThrow(NotFoundException::new);
    if (file.status() == FileStatus.PENDING) {
      long stored = store.size(file.objectKey()).orElseThrow(FilesProblems.UploadIncomplete::new);
      if (stored != file.sizeBytes()) {
        throw new FilesProblems.UploadIncomplete();
      }
      file.markAvailable();
    }
    return file;
  }

  /** A download URL hands out the file's content: audited like a read of a record. */
  @Transactional
  public PresignedRequest downloadUrl(UUID id) {
    StoredFile file = visible(id, AuditAction.DOWNLOAD_URL);
    if (file.status() != FileStatus.AVAILABLE) {
      throw new FilesProblems.NotAvailable();
    }
    audit.success(AuditAction.DOWNLOAD_URL, "FILE", id.toString());
    return store.presignDownload(file.objectKey(), file.contentType(), file.originalName());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public StoredFile get(UUID id) {
    return visible(id, AuditAction.READ);
  }

  /** Lists leave out record attachments for those who may not read records. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<StoredFile> list(
      Optional<UUID> patient, Optional<String> category, PageRequest page) {
    boolean attachments = access.allows(Staff.CLINICAL_READERS);
    return Page.of(
        files.page(patient, category, attachments, page.offset(), page.size()),
        page,
        () -> files.count(patient, category, attachments));
  }

  /**
   * Removes the object; the row stays, DELETED, as the record that the file existed. A record's
   * file stays while the record holds it.
   */
  @Transactional
  public void delete(UUID id) {
    StoredFile file = visible(id, AuditAction.DELETE);
    if (file.recordId().isPresent()) {
      throw new FilesProblems.Attached();
    }
    store.delete(file.objectKey());
    file.markDeleted();
  }

  /** The file, when the caller may see it: a record's attachment is clinical data. */
  private StoredFile visible(UUID id, AuditAction attempted) {
    StoredFile file = files.find(id).orElseThrow(NotFoundException::new);
    if (file.recordId().isPresent()) {
      access.require(Staff.CLINICAL_READERS, attempted, "FILE", id.toString());
    }
    return file;
  }
}
