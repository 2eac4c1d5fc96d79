package hms.files.boundary;

import hms.access.boundary.Guarded;
import hms.access.boundary.Subject;
import hms.access.entity.Identified;
import hms.access.entity.Rule;
import hms.audit.boundary.Permissions;
import hms.files.control.FilesProblems;
import hms.files.control.FilesRepository;
import hms.files.control.FilesSettings;
import hms.files.control.PresignedRequest;
import hms.files.control.S3ObjectStore;
import hms.files.control.StoredObject;
import hms.files.entity.FileName;
import hms.files.entity.FileStatus;
import hms.files.entity.StoredFile;
import hms.metrics.control.Counter;
import hms.metrics.control.Metrics;
import hms.paging.boundary.Page;
import hms.paging.boundary.PageRequest;
import hms.patients.boundary.PatientsService;
import hms.problems.entity.ProblemException;
import hms.tenancy.control.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The files use cases for the request's tenant. Clients never send bytes through the server: they
 * get presigned URLs for the bucket, under the tenant's own prefix. Each use case is guarded by its
 * rule (checked and audited); a record's attachment is clinical data, for clinical readers only.
 * Every presigned URL handed out is counted by operation (per hospital where the operator enables
 * it, hms.metrics).
 */
@ApplicationScoped
public class FilesService {
  /** What a presigned upload needs the client to do, with the registered file's id. */
  public record Upload(StoredFile file, PresignedRequest request) implements Identified {
    @Override
    public String auditId() {
      return file.id().toString();
    }
  }

  private final TenantContext tenant;
  private final FilesRepository files;
  private final S3ObjectStore store;
  private final FilesSettings settings;
  private final Permissions permissions;
  private final PatientsService patients;
  private final Clock clock;
  private final Counter presigns;

  /** For the CDI proxy only. */
  protected FilesService() {
    this(null, null, null, null, null, null, null, Metrics.none());
  }

  @Inject
  public FilesService(
      TenantContext tenant,
      FilesRepository files,
      S3ObjectStore store,
      FilesSettings settings,
      Permissions permissions,
      PatientsService patients,
      Clock clock,
      Metrics metrics) {
    this.tenant = tenant;
    this.files = files;
    this.store = store;
    this.settings = settings;
    this.permissions = permissions;
    this.patients = patients;
    this.clock = clock;
    this.presigns =
        metrics
            .tenantCounter("hms.presigns", "Presigned URLs handed out, by operation", "operation")
            .startingAtZero("upload", "download");
  }

  /** Registers a PENDING file and signs an upload of exactly its type and size. */
  @Transactional
  @Guarded(Rule.FILE_UPLOAD)
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
    if (patientId != null && patients.status(patientId).isEmpty()) {
      throw ProblemException.invalid("patientId", "no such patient");
    }
    StoredFile file =
        new StoredFile(
            tenant.tenant().value(),
            filename,
            type,
            size,
            category,
            patientId,
            tenant.userSub(),
            clock.instant());
    files.add(file);
    Upload upload = new Upload(file, store.presignUpload(file.objectKey(), type, size));
    presigned("upload");
    return upload;
  }

  /**
   * A new upload URL for a file the caller registered and has not completed: empty for anyone
   * else's file, or one completed (its bytes are kept; no URL may change them).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.FILE_UPLOAD_AGAIN)
  public Optional<PresignedRequest> uploadAgain(@Subject UUID id) {
    return files
        .find(id)
        .filter(f -> f.status() == FileStatus.PENDING && f.uploadedBy().equals(tenant.userSub()))
        .map(f -> store.presignUpload(f.objectKey(), f.contentType(), f.sizeBytes()))
        .map(
            request -> {
              presigned("upload");
              return request;
            });
  }

  /**
   * Checks the bucket and keeps the upload: when the object is there with the declared size, it is
   * copied (if still the one checked) to a key no upload URL names, the upload object is deleted,
   * and the file is AVAILABLE with the copy's checksum. A URL still valid afterwards writes only an
   * object nobody reads.
   */
  @Transactional
  @Guarded(Rule.FILE_COMPLETE)
  public StoredFile complete(@Subject UUID id) {
    StoredFile file = files.find(id).orElseThrow(NotFoundException::new);
    if (file.status() == FileStatus.PENDING) {
      StoredObject uploaded =
          store.head(file.objectKey()).orElseThrow(FilesProblems.UploadIncomplete::new);
      if (uploaded.size() != file.sizeBytes()) {
        throw new FilesProblems.UploadIncomplete();
      }
      String checksum =
          store
              .copyIfUnchanged(file.objectKey(), file.keptKeyToBe(), uploaded.etag())
              .orElseThrow(FilesProblems.UploadIncomplete::new);
      store.delete(file.objectKey());
      file.markAvailable(checksum);
    }
    return file;
  }

  /** A download URL hands out the file's content: audited like a read of a record. */
  @Transactional
  @Guarded(Rule.FILE_DOWNLOAD)
  public PresignedRequest downloadUrl(@Subject UUID id) {
    StoredFile file = visible(id);
    if (file.status() != FileStatus.AVAILABLE) {
      throw new FilesProblems.NotAvailable();
    }
    PresignedRequest request =
        store.presignDownload(file.downloadKey(), file.contentType(), file.originalName());
    presigned("download");
    return request;
  }

  private void presigned(String operation) {
    presigns.incrementFor(tenant.tenant().value(), operation);
  }

  @Transactional
  @Guarded(Rule.FILE_READ)
  public StoredFile get(@Subject UUID id) {
    return visible(id);
  }

  /** Lists leave out record attachments for those who may not read records. */
  @Transactional
  @Guarded(Rule.FILE_LIST)
  public Page<StoredFile> list(
      Optional<UUID> patient, Optional<String> category, PageRequest page) {
    boolean attachments = permissions.allows(Rule.FILE_ATTACHMENTS);
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
  @Guarded(Rule.FILE_DELETE)
  public void delete(@Subject UUID id) {
    StoredFile file = visible(id);
    if (file.recordId().isPresent()) {
      throw new FilesProblems.Attached();
    }
    file.keys().forEach(store::delete);
    file.markDeleted();
  }

  /**
   * Attaches an uploaded file of the patient to a record (idempotent for the same record); for the
   * record's own use case, which audits.
   */
  @Transactional
  @Guarded(Rule.FILE_ATTACHING)
  public void attach(UUID id, UUID recordId, UUID patientId) {
    StoredFile file =
        files.find(id).orElseThrow(() -> ProblemException.invalid("fileId", "no such file"));
    if (recordId.equals(file.recordId().orElse(null))) {
      return;
    }
    try {
      file.attachTo(recordId, patientId);
    } catch (IllegalStateException e) {
      throw new FilesProblems.Unattachable("The file's upload has not been completed.");
    } catch (IllegalArgumentException e) {
      throw new FilesProblems.Unattachable(
          "The file belongs to another record or another patient.");
    }
  }

  /** Detaches a file from the record it is attached to; 404 when it is not that record's. */
  @Transactional
  @Guarded(Rule.FILE_ATTACHING)
  public void detach(UUID id, UUID recordId) {
    files
        .find(id)
        .filter(f -> recordId.equals(f.recordId().orElse(null)))
        .orElseThrow(NotFoundException::new)
        .detach();
  }

  /** The files attached to a record, to show with it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Guarded(Rule.FILE_ATTACHING)
  public List<FileResponse> attachedTo(UUID recordId) {
    return files.attachedTo(recordId).stream().map(FileResponse::of).toList();
  }

  /** The file, when the caller may see it: a record's attachment is clinical data. */
  private StoredFile visible(UUID id) {
    StoredFile file = files.find(id).orElseThrow(NotFoundException::new);
    if (file.recordId().isPresent()) {
      permissions.require(Rule.FILE_ATTACHMENTS);
    }
    return file;
  }
}
